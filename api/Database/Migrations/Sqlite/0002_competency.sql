-- Competency management: dictionary, position standards, assessments (history), the current profile
-- read model, and per-tenant settings. National competencies have TenantId NULL and are shared.

CREATE TABLE Competencies (
    Id           TEXT NOT NULL PRIMARY KEY,
    TenantId     TEXT NULL REFERENCES Tenants(Id),
    Code         TEXT NOT NULL,
    Name         TEXT NOT NULL,
    Kind         TEXT NOT NULL,
    FieldGroup   TEXT NULL,
    Description  TEXT NULL,
    IsActive     INTEGER NOT NULL DEFAULT 1,
    Version      INTEGER NOT NULL DEFAULT 1,
    CreatedAt    TEXT NOT NULL,
    UpdatedAt    TEXT NOT NULL
);
CREATE UNIQUE INDEX UX_Competencies_Tenant_Code ON Competencies(TenantId, Code);
CREATE INDEX IX_Competencies_Tenant_Kind ON Competencies(TenantId, Kind);

CREATE TABLE CompetencyLevels (
    CompetencyId  TEXT NOT NULL REFERENCES Competencies(Id),
    Level         INTEGER NOT NULL,
    Description   TEXT NOT NULL,
    PRIMARY KEY (CompetencyId, Level)
);

CREATE TABLE PositionStandards (
    PositionId     TEXT NOT NULL REFERENCES Positions(Id),
    CompetencyId   TEXT NOT NULL REFERENCES Competencies(Id),
    TenantId       TEXT NOT NULL REFERENCES Tenants(Id),
    RequiredLevel  INTEGER NOT NULL,
    PRIMARY KEY (PositionId, CompetencyId)
);
CREATE INDEX IX_PositionStandards_Tenant_Competency ON PositionStandards(TenantId, CompetencyId);

CREATE TABLE Assessments (
    Id          TEXT NOT NULL PRIMARY KEY,
    TenantId    TEXT NOT NULL REFERENCES Tenants(Id),
    EmployeeId  TEXT NOT NULL REFERENCES Employees(Id),
    AssessedOn  TEXT NOT NULL,
    Method      TEXT NOT NULL,
    Assessor    TEXT NULL,
    Notes       TEXT NULL,
    CreatedAt   TEXT NOT NULL,
    CreatedBy   TEXT NOT NULL
);
CREATE INDEX IX_Assessments_Tenant_Employee_On ON Assessments(TenantId, EmployeeId, AssessedOn);
CREATE INDEX IX_Assessments_Tenant_On ON Assessments(TenantId, AssessedOn);

CREATE TABLE AssessmentResults (
    AssessmentId  TEXT NOT NULL REFERENCES Assessments(Id),
    CompetencyId  TEXT NOT NULL REFERENCES Competencies(Id),
    TenantId      TEXT NOT NULL,
    EmployeeId    TEXT NOT NULL,
    Level         INTEGER NOT NULL,
    Note          TEXT NULL,
    PRIMARY KEY (AssessmentId, CompetencyId)
);
CREATE INDEX IX_AssessmentResults_Tenant_Employee ON AssessmentResults(TenantId, EmployeeId, CompetencyId);

-- The latest result per employee and competency, kept by the assessment command (never edited by hand).
CREATE TABLE CurrentCompetencies (
    EmployeeId    TEXT NOT NULL REFERENCES Employees(Id),
    CompetencyId  TEXT NOT NULL REFERENCES Competencies(Id),
    TenantId      TEXT NOT NULL,
    Level         INTEGER NOT NULL,
    AssessedOn    TEXT NOT NULL,
    AssessmentId  TEXT NOT NULL,
    PRIMARY KEY (EmployeeId, CompetencyId)
);
CREATE INDEX IX_CurrentCompetencies_Tenant_Competency ON CurrentCompetencies(TenantId, CompetencyId);
CREATE INDEX IX_CurrentCompetencies_Tenant_On ON CurrentCompetencies(TenantId, AssessedOn);

CREATE TABLE TenantSettings (
    TenantId                TEXT NOT NULL PRIMARY KEY REFERENCES Tenants(Id),
    JpmMemenuhiSyarat       NUMERIC NOT NULL,
    JpmMasihMemenuhiSyarat  NUMERIC NOT NULL,
    JpmOptimal              NUMERIC NOT NULL,
    JpmCukupOptimal         NUMERIC NOT NULL,
    Version                 INTEGER NOT NULL DEFAULT 1,
    UpdatedAt               TEXT NOT NULL
);
