-- Training (issue 8): partners, programs and the competencies they develop, sessions (angkatan) with a seat
-- counter, enrollments, attendance per day, certificate sequences, external activities, and the JP ledger that
-- completions and external activities credit. Dates are ISO yyyy-MM-dd text, money a decimal.

CREATE TABLE Partners (
    Id            TEXT NOT NULL PRIMARY KEY,
    TenantId      TEXT NOT NULL REFERENCES Tenants(Id),
    Name          TEXT NOT NULL,
    Kind          TEXT NOT NULL,
    ContactName   TEXT NULL,
    ContactEmail  TEXT NULL,
    ContactPhone  TEXT NULL,
    IsActive      INTEGER NOT NULL DEFAULT 1,
    Version       INTEGER NOT NULL DEFAULT 1,
    CreatedAt     TEXT NOT NULL,
    UpdatedAt     TEXT NOT NULL
);
CREATE UNIQUE INDEX UX_Partners_Tenant_Name ON Partners(TenantId, Name);

-- Code is short and readable (e.g. PKP, TEKPEL-01): it goes into certificate numbers and is the natural key for imports.
CREATE TABLE TrainingPrograms (
    Id                  TEXT NOT NULL PRIMARY KEY,
    TenantId            TEXT NOT NULL REFERENCES Tenants(Id),
    Code                TEXT NOT NULL,
    Title               TEXT NOT NULL,
    Description         TEXT NULL,
    Form                TEXT NOT NULL,
    Delivery            TEXT NOT NULL,
    Jp                  INTEGER NOT NULL,
    PartnerId           TEXT NULL REFERENCES Partners(Id),
    CostPerParticipant  NUMERIC NULL,
    GrantsCertificate   INTEGER NOT NULL DEFAULT 0,
    IsActive            INTEGER NOT NULL DEFAULT 1,
    Version             INTEGER NOT NULL DEFAULT 1,
    CreatedAt           TEXT NOT NULL,
    UpdatedAt           TEXT NOT NULL
);
CREATE UNIQUE INDEX UX_TrainingPrograms_Tenant_Code ON TrainingPrograms(TenantId, Code);
CREATE INDEX IX_TrainingPrograms_Tenant_Form ON TrainingPrograms(TenantId, Form);
CREATE INDEX IX_TrainingPrograms_Tenant_Partner ON TrainingPrograms(TenantId, PartnerId);
CREATE INDEX IX_TrainingPrograms_Tenant_Title ON TrainingPrograms(TenantId, Title);

CREATE TABLE TrainingProgramCompetencies (
    ProgramId     TEXT NOT NULL REFERENCES TrainingPrograms(Id),
    TenantId      TEXT NOT NULL,
    CompetencyId  TEXT NOT NULL REFERENCES Competencies(Id),
    ExpectedGain  INTEGER NOT NULL,
    PRIMARY KEY (ProgramId, CompetencyId)
);
CREATE INDEX IX_TrainingProgramCompetencies_Competency ON TrainingProgramCompetencies(TenantId, CompetencyId, ProgramId);

-- SeatsTaken is the seat counter the enrollment statement increments only while SeatsTaken < Capacity and the
-- session is open, in the same statement, so parallel requests can never overfill a session.
CREATE TABLE TrainingSessions (
    Id          TEXT NOT NULL PRIMARY KEY,
    TenantId    TEXT NOT NULL REFERENCES Tenants(Id),
    ProgramId   TEXT NOT NULL REFERENCES TrainingPrograms(Id),
    Name        TEXT NOT NULL,
    StartDate   TEXT NOT NULL,
    EndDate     TEXT NOT NULL,
    Location    TEXT NULL,
    OnlineLink  TEXT NULL,
    Capacity    INTEGER NOT NULL,
    SeatsTaken  INTEGER NOT NULL DEFAULT 0,
    Status      TEXT NOT NULL,
    Version     INTEGER NOT NULL DEFAULT 1,
    CreatedAt   TEXT NOT NULL,
    UpdatedAt   TEXT NOT NULL
);
CREATE INDEX IX_TrainingSessions_Tenant_Start ON TrainingSessions(TenantId, StartDate);
CREATE INDEX IX_TrainingSessions_Tenant_Status_Start ON TrainingSessions(TenantId, Status, StartDate);
CREATE INDEX IX_TrainingSessions_Tenant_Program ON TrainingSessions(TenantId, ProgramId);

-- One row per employee and session: a withdrawn participant who enrolls again gets the same row back.
CREATE TABLE TrainingEnrollments (
    Id                 TEXT NOT NULL PRIMARY KEY,
    TenantId           TEXT NOT NULL REFERENCES Tenants(Id),
    SessionId          TEXT NOT NULL REFERENCES TrainingSessions(Id),
    EmployeeId         TEXT NOT NULL REFERENCES Employees(Id),
    Status             TEXT NOT NULL,
    PreTestScore       INTEGER NULL,
    PostTestScore      INTEGER NULL,
    CompletedAt        TEXT NULL,
    JpCredited         INTEGER NULL,
    CertificateNumber  TEXT NULL,
    EnrolledBy         TEXT NOT NULL,
    Version            INTEGER NOT NULL DEFAULT 1,
    CreatedAt          TEXT NOT NULL,
    UpdatedAt          TEXT NOT NULL
);
CREATE UNIQUE INDEX UX_TrainingEnrollments_Session_Employee ON TrainingEnrollments(SessionId, EmployeeId);
CREATE INDEX IX_TrainingEnrollments_Tenant_Employee ON TrainingEnrollments(TenantId, EmployeeId);
CREATE UNIQUE INDEX UX_TrainingEnrollments_Certificate ON TrainingEnrollments(TenantId, CertificateNumber) WHERE CertificateNumber IS NOT NULL;

CREATE TABLE TrainingAttendance (
    EnrollmentId  TEXT NOT NULL REFERENCES TrainingEnrollments(Id),
    Day           TEXT NOT NULL,
    TenantId      TEXT NOT NULL,
    Present       INTEGER NOT NULL,
    PRIMARY KEY (EnrollmentId, Day)
);

-- The running number in TPI/2026/PKP/0042, per tenant, year and program code, taken by one UPDATE … RETURNING/OUTPUT.
CREATE TABLE CertificateSequences (
    TenantId     TEXT NOT NULL,
    Year         INTEGER NOT NULL,
    ProgramCode  TEXT NOT NULL,
    LastNumber   INTEGER NOT NULL,
    PRIMARY KEY (TenantId, Year, ProgramCode)
);

-- Seminars, workshops, e-learning and the like done outside any session.
CREATE TABLE ExternalActivities (
    Id                 TEXT NOT NULL PRIMARY KEY,
    TenantId           TEXT NOT NULL REFERENCES Tenants(Id),
    EmployeeId         TEXT NOT NULL REFERENCES Employees(Id),
    Title              TEXT NOT NULL,
    Form               TEXT NOT NULL,
    ActivityDate       TEXT NOT NULL,
    Jp                 INTEGER NOT NULL,
    Organizer          TEXT NULL,
    EvidenceReference  TEXT NULL,
    CreatedBy          TEXT NOT NULL,
    Version            INTEGER NOT NULL DEFAULT 1,
    CreatedAt          TEXT NOT NULL,
    UpdatedAt          TEXT NOT NULL
);
CREATE INDEX IX_ExternalActivities_Tenant_Employee_Date ON ExternalActivities(TenantId, EmployeeId, ActivityDate);

-- The JP ledger: one credit per completed enrollment or external activity, written in the same transaction as
-- its source. Year is the year of EntryDate (the completion or activity date).
CREATE TABLE JpLedgerEntries (
    Id          TEXT NOT NULL PRIMARY KEY,
    TenantId    TEXT NOT NULL REFERENCES Tenants(Id),
    EmployeeId  TEXT NOT NULL REFERENCES Employees(Id),
    Year        INTEGER NOT NULL,
    EntryDate   TEXT NOT NULL,
    Form        TEXT NOT NULL,
    Jp          INTEGER NOT NULL,
    Source      TEXT NOT NULL,
    SourceId    TEXT NOT NULL,
    Title       TEXT NOT NULL,
    CreatedAt   TEXT NOT NULL
);
CREATE UNIQUE INDEX UX_JpLedgerEntries_Source ON JpLedgerEntries(Source, SourceId);
CREATE INDEX IX_JpLedgerEntries_Tenant_Employee_Year ON JpLedgerEntries(TenantId, EmployeeId, Year);
CREATE INDEX IX_JpLedgerEntries_Tenant_Year ON JpLedgerEntries(TenantId, Year);

-- A completion closes the matching approved plan item and links it to the enrollment.
ALTER TABLE DevelopmentPlanItems ADD COLUMN EnrollmentId TEXT NULL;
ALTER TABLE DevelopmentPlanItems ADD COLUMN CompletedAt TEXT NULL;

-- The yearly JP target per employment type: 20 JP for PNS by PP 17/2020; PPPK rules differ, so both are settings.
ALTER TABLE TenantSettings ADD COLUMN JpTargetPns INTEGER NOT NULL DEFAULT 20;
ALTER TABLE TenantSettings ADD COLUMN JpTargetPppk INTEGER NOT NULL DEFAULT 20;
