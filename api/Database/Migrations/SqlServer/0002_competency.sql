-- Competency management: dictionary, position standards, assessments (history), the current profile
-- read model, and per-tenant settings. National competencies have TenantId NULL and are shared.

CREATE TABLE Competencies (
    Id           UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    TenantId     UNIQUEIDENTIFIER NULL REFERENCES Tenants(Id),
    Code         NVARCHAR(50) NOT NULL,
    Name         NVARCHAR(200) NOT NULL,
    Kind         NVARCHAR(30) NOT NULL,
    FieldGroup   NVARCHAR(100) NULL,
    Description  NVARCHAR(2000) NULL,
    IsActive     BIT NOT NULL DEFAULT 1,
    Version      INT NOT NULL DEFAULT 1,
    CreatedAt    DATETIMEOFFSET NOT NULL,
    UpdatedAt    DATETIMEOFFSET NOT NULL
);
CREATE UNIQUE INDEX UX_Competencies_Tenant_Code ON Competencies(TenantId, Code);
CREATE INDEX IX_Competencies_Tenant_Kind ON Competencies(TenantId, Kind);

CREATE TABLE CompetencyLevels (
    CompetencyId  UNIQUEIDENTIFIER NOT NULL REFERENCES Competencies(Id),
    Level         INT NOT NULL,
    Description   NVARCHAR(2000) NOT NULL,
    PRIMARY KEY (CompetencyId, Level)
);

CREATE TABLE PositionStandards (
    PositionId     UNIQUEIDENTIFIER NOT NULL REFERENCES Positions(Id),
    CompetencyId   UNIQUEIDENTIFIER NOT NULL REFERENCES Competencies(Id),
    TenantId       UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    RequiredLevel  INT NOT NULL,
    PRIMARY KEY (PositionId, CompetencyId)
);
CREATE INDEX IX_PositionStandards_Tenant_Competency ON PositionStandards(TenantId, CompetencyId);

CREATE TABLE Assessments (
    Id          UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    TenantId    UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    EmployeeId  UNIQUEIDENTIFIER NOT NULL REFERENCES Employees(Id),
    AssessedOn  DATE NOT NULL,
    Method      NVARCHAR(30) NOT NULL,
    Assessor    NVARCHAR(200) NULL,
    Notes       NVARCHAR(4000) NULL,
    CreatedAt   DATETIMEOFFSET NOT NULL,
    CreatedBy   NVARCHAR(100) NOT NULL
);
CREATE INDEX IX_Assessments_Tenant_Employee_On ON Assessments(TenantId, EmployeeId, AssessedOn);
CREATE INDEX IX_Assessments_Tenant_On ON Assessments(TenantId, AssessedOn);

CREATE TABLE AssessmentResults (
    AssessmentId  UNIQUEIDENTIFIER NOT NULL REFERENCES Assessments(Id),
    CompetencyId  UNIQUEIDENTIFIER NOT NULL REFERENCES Competencies(Id),
    TenantId      UNIQUEIDENTIFIER NOT NULL,
    EmployeeId    UNIQUEIDENTIFIER NOT NULL,
    Level         INT NOT NULL,
    Note          NVARCHAR(2000) NULL,
    PRIMARY KEY (AssessmentId, CompetencyId)
);
CREATE INDEX IX_AssessmentResults_Tenant_Employee ON AssessmentResults(TenantId, EmployeeId, CompetencyId);

-- The latest result per employee and competency, kept by the assessment command (never edited by hand).
CREATE TABLE CurrentCompetencies (
    EmployeeId    UNIQUEIDENTIFIER NOT NULL REFERENCES Employees(Id),
    CompetencyId  UNIQUEIDENTIFIER NOT NULL REFERENCES Competencies(Id),
    TenantId      UNIQUEIDENTIFIER NOT NULL,
    Level         INT NOT NULL,
    AssessedOn    DATE NOT NULL,
    AssessmentId  UNIQUEIDENTIFIER NOT NULL,
    PRIMARY KEY (EmployeeId, CompetencyId)
);
CREATE INDEX IX_CurrentCompetencies_Tenant_Competency ON CurrentCompetencies(TenantId, CompetencyId);
CREATE INDEX IX_CurrentCompetencies_Tenant_On ON CurrentCompetencies(TenantId, AssessedOn);

CREATE TABLE TenantSettings (
    TenantId                UNIQUEIDENTIFIER NOT NULL PRIMARY KEY REFERENCES Tenants(Id),
    JpmMemenuhiSyarat       DECIMAL(5,2) NOT NULL,
    JpmMasihMemenuhiSyarat  DECIMAL(5,2) NOT NULL,
    JpmOptimal              DECIMAL(5,2) NOT NULL,
    JpmCukupOptimal         DECIMAL(5,2) NOT NULL,
    Version                 INT NOT NULL DEFAULT 1,
    UpdatedAt               DATETIMEOFFSET NOT NULL
);
