-- Training (issue 8): partners, programs and the competencies they develop, sessions (angkatan) with a seat
-- counter, enrollments, attendance per day, certificate sequences, external activities, and the JP ledger that
-- completions and external activities credit. Dates are ISO yyyy-MM-dd text, money a decimal.

CREATE TABLE Partners (
    Id            UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    TenantId      UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    Name          NVARCHAR(200) NOT NULL,
    Kind          NVARCHAR(30) NOT NULL,
    ContactName   NVARCHAR(200) NULL,
    ContactEmail  NVARCHAR(200) NULL,
    ContactPhone  NVARCHAR(30) NULL,
    IsActive      BIT NOT NULL DEFAULT 1,
    Version       INT NOT NULL DEFAULT 1,
    CreatedAt     DATETIMEOFFSET NOT NULL,
    UpdatedAt     DATETIMEOFFSET NOT NULL
);
CREATE UNIQUE INDEX UX_Partners_Tenant_Name ON Partners(TenantId, Name);

-- Code is short and readable (e.g. PKP, TEKPEL-01): it goes into certificate numbers and is the natural key for imports.
CREATE TABLE TrainingPrograms (
    Id                  UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    TenantId            UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    Code                NVARCHAR(30) NOT NULL,
    Title               NVARCHAR(300) NOT NULL,
    Description         NVARCHAR(MAX) NULL,
    Form                NVARCHAR(50) NOT NULL,
    Delivery            NVARCHAR(20) NOT NULL,
    Jp                  INT NOT NULL,
    PartnerId           UNIQUEIDENTIFIER NULL REFERENCES Partners(Id),
    CostPerParticipant  DECIMAL(18,2) NULL,
    GrantsCertificate   BIT NOT NULL DEFAULT 0,
    IsActive            BIT NOT NULL DEFAULT 1,
    Version             INT NOT NULL DEFAULT 1,
    CreatedAt           DATETIMEOFFSET NOT NULL,
    UpdatedAt           DATETIMEOFFSET NOT NULL
);
CREATE UNIQUE INDEX UX_TrainingPrograms_Tenant_Code ON TrainingPrograms(TenantId, Code);
CREATE INDEX IX_TrainingPrograms_Tenant_Form ON TrainingPrograms(TenantId, Form);
CREATE INDEX IX_TrainingPrograms_Tenant_Partner ON TrainingPrograms(TenantId, PartnerId);
CREATE INDEX IX_TrainingPrograms_Tenant_Title ON TrainingPrograms(TenantId, Title);

CREATE TABLE TrainingProgramCompetencies (
    ProgramId     UNIQUEIDENTIFIER NOT NULL REFERENCES TrainingPrograms(Id),
    TenantId      UNIQUEIDENTIFIER NOT NULL,
    CompetencyId  UNIQUEIDENTIFIER NOT NULL REFERENCES Competencies(Id),
    ExpectedGain  INT NOT NULL,
    PRIMARY KEY (ProgramId, CompetencyId)
);
CREATE INDEX IX_TrainingProgramCompetencies_Competency ON TrainingProgramCompetencies(TenantId, CompetencyId, ProgramId);

-- SeatsTaken is the seat counter the enrollment statement increments only while SeatsTaken < Capacity and the
-- session is open, in the same statement, so parallel requests can never overfill a session.
CREATE TABLE TrainingSessions (
    Id          UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    TenantId    UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    ProgramId   UNIQUEIDENTIFIER NOT NULL REFERENCES TrainingPrograms(Id),
    Name        NVARCHAR(200) NOT NULL,
    StartDate   DATE NOT NULL,
    EndDate     DATE NOT NULL,
    Location    NVARCHAR(300) NULL,
    OnlineLink  NVARCHAR(500) NULL,
    Capacity    INT NOT NULL,
    SeatsTaken  INT NOT NULL DEFAULT 0,
    Status      NVARCHAR(20) NOT NULL,
    Version     INT NOT NULL DEFAULT 1,
    CreatedAt   DATETIMEOFFSET NOT NULL,
    UpdatedAt   DATETIMEOFFSET NOT NULL
);
CREATE INDEX IX_TrainingSessions_Tenant_Start ON TrainingSessions(TenantId, StartDate);
CREATE INDEX IX_TrainingSessions_Tenant_Status_Start ON TrainingSessions(TenantId, Status, StartDate);
CREATE INDEX IX_TrainingSessions_Tenant_Program ON TrainingSessions(TenantId, ProgramId);

-- One row per employee and session: a withdrawn participant who enrolls again gets the same row back.
CREATE TABLE TrainingEnrollments (
    Id                 UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    TenantId           UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    SessionId          UNIQUEIDENTIFIER NOT NULL REFERENCES TrainingSessions(Id),
    EmployeeId         UNIQUEIDENTIFIER NOT NULL REFERENCES Employees(Id),
    Status             NVARCHAR(20) NOT NULL,
    PreTestScore       INT NULL,
    PostTestScore      INT NULL,
    CompletedAt        DATETIMEOFFSET NULL,
    JpCredited         INT NULL,
    CertificateNumber  NVARCHAR(60) NULL,
    EnrolledBy         NVARCHAR(100) NOT NULL,
    Version            INT NOT NULL DEFAULT 1,
    CreatedAt          DATETIMEOFFSET NOT NULL,
    UpdatedAt          DATETIMEOFFSET NOT NULL
);
CREATE UNIQUE INDEX UX_TrainingEnrollments_Session_Employee ON TrainingEnrollments(SessionId, EmployeeId);
CREATE INDEX IX_TrainingEnrollments_Tenant_Employee ON TrainingEnrollments(TenantId, EmployeeId);
CREATE UNIQUE INDEX UX_TrainingEnrollments_Certificate ON TrainingEnrollments(TenantId, CertificateNumber) WHERE CertificateNumber IS NOT NULL;

CREATE TABLE TrainingAttendance (
    EnrollmentId  UNIQUEIDENTIFIER NOT NULL REFERENCES TrainingEnrollments(Id),
    Day           DATE NOT NULL,
    TenantId      UNIQUEIDENTIFIER NOT NULL,
    Present       BIT NOT NULL,
    PRIMARY KEY (EnrollmentId, Day)
);

-- The running number in TPI/2026/PKP/0042, per tenant, year and program code, taken by one UPDATE … RETURNING/OUTPUT.
CREATE TABLE CertificateSequences (
    TenantId     UNIQUEIDENTIFIER NOT NULL,
    Year         INT NOT NULL,
    ProgramCode  NVARCHAR(30) NOT NULL,
    LastNumber   INT NOT NULL,
    PRIMARY KEY (TenantId, Year, ProgramCode)
);

-- Seminars, workshops, e-learning and the like done outside any session.
CREATE TABLE ExternalActivities (
    Id                 UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    TenantId           UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    EmployeeId         UNIQUEIDENTIFIER NOT NULL REFERENCES Employees(Id),
    Title              NVARCHAR(300) NOT NULL,
    Form               NVARCHAR(50) NOT NULL,
    ActivityDate       DATE NOT NULL,
    Jp                 INT NOT NULL,
    Organizer          NVARCHAR(200) NULL,
    EvidenceReference  NVARCHAR(500) NULL,
    CreatedBy          NVARCHAR(100) NOT NULL,
    Version            INT NOT NULL DEFAULT 1,
    CreatedAt          DATETIMEOFFSET NOT NULL,
    UpdatedAt          DATETIMEOFFSET NOT NULL
);
CREATE INDEX IX_ExternalActivities_Tenant_Employee_Date ON ExternalActivities(TenantId, EmployeeId, ActivityDate);

-- The JP ledger: one credit per completed enrollment or external activity, written in the same transaction as
-- its source. Year is the year of EntryDate (the completion or activity date).
CREATE TABLE JpLedgerEntries (
    Id          UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    TenantId    UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    EmployeeId  UNIQUEIDENTIFIER NOT NULL REFERENCES Employees(Id),
    Year        INT NOT NULL,
    EntryDate   DATE NOT NULL,
    Form        NVARCHAR(50) NOT NULL,
    Jp          INT NOT NULL,
    Source      NVARCHAR(20) NOT NULL,
    SourceId    UNIQUEIDENTIFIER NOT NULL,
    Title       NVARCHAR(300) NOT NULL,
    CreatedAt   DATETIMEOFFSET NOT NULL
);
CREATE UNIQUE INDEX UX_JpLedgerEntries_Source ON JpLedgerEntries(Source, SourceId);
CREATE INDEX IX_JpLedgerEntries_Tenant_Employee_Year ON JpLedgerEntries(TenantId, EmployeeId, Year);
CREATE INDEX IX_JpLedgerEntries_Tenant_Year ON JpLedgerEntries(TenantId, Year);

-- A completion closes the matching approved plan item and links it to the enrollment.
ALTER TABLE DevelopmentPlanItems ADD EnrollmentId UNIQUEIDENTIFIER NULL;
ALTER TABLE DevelopmentPlanItems ADD CompletedAt DATETIMEOFFSET NULL;

-- The yearly JP target per employment type: 20 JP for PNS by PP 17/2020; PPPK rules differ, so both are settings.
ALTER TABLE TenantSettings ADD JpTargetPns INT NOT NULL CONSTRAINT DF_TenantSettings_JpTargetPns DEFAULT 20;
ALTER TABLE TenantSettings ADD JpTargetPppk INT NOT NULL CONSTRAINT DF_TenantSettings_JpTargetPppk DEFAULT 20;
