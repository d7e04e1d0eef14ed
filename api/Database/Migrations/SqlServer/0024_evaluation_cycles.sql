-- Evaluation (issue 10), cycles: a named period of the tenant (UnitId NULL) or a unit sub-tree. Closing stores the
-- indicators as one JSON document (Snapshot) that nothing updates afterwards; open cycles have none and are computed live.
CREATE TABLE EvaluationCycles (
    Id          UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    TenantId    UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    UnitId      UNIQUEIDENTIFIER NULL REFERENCES Units(Id),
    Name        NVARCHAR(200) NOT NULL,
    PeriodFrom  DATE NOT NULL,
    PeriodTo    DATE NOT NULL,
    Status      NVARCHAR(20) NOT NULL,
    Snapshot    NVARCHAR(MAX) NULL,
    ClosedAt    DATETIMEOFFSET NULL,
    ClosedBy    NVARCHAR(200) NULL,
    Version     INT NOT NULL DEFAULT 1,
    CreatedAt   DATETIMEOFFSET NOT NULL,
    UpdatedAt   DATETIMEOFFSET NOT NULL
);
-- The list: by status and period; the previous cycle of a scope: by unit and period.
CREATE INDEX IX_EvaluationCycles_Tenant_Status_From ON EvaluationCycles(TenantId, Status, PeriodFrom);
CREATE INDEX IX_EvaluationCycles_Tenant_Unit_From ON EvaluationCycles(TenantId, UnitId, PeriodFrom);

-- A finding (area perlu perbaikan) of a cycle, with the indicator it rests on and a link to the figure.
CREATE TABLE EvaluationFindings (
    Id             UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    TenantId       UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    CycleId        UNIQUEIDENTIFIER NOT NULL REFERENCES EvaluationCycles(Id),
    Title          NVARCHAR(200) NOT NULL,
    Description    NVARCHAR(4000) NULL,
    IndicatorCode  NVARCHAR(40) NULL,
    EvidenceLink   NVARCHAR(500) NULL,
    Severity       NVARCHAR(20) NOT NULL,
    CreatedAt      DATETIMEOFFSET NOT NULL
);
CREATE INDEX IX_EvaluationFindings_Tenant_Cycle ON EvaluationFindings(TenantId, CycleId, CreatedAt);

-- A follow-up action of a finding: one of a plan item, a program, a session (by id) or a free task; an owner; a due day.
CREATE TABLE EvaluationActions (
    Id               UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    TenantId         UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    CycleId          UNIQUEIDENTIFIER NOT NULL REFERENCES EvaluationCycles(Id),
    FindingId        UNIQUEIDENTIFIER NOT NULL REFERENCES EvaluationFindings(Id),
    Kind             NVARCHAR(20) NOT NULL,
    PlanItemId       UNIQUEIDENTIFIER NULL REFERENCES DevelopmentPlanItems(Id),
    ProgramId        UNIQUEIDENTIFIER NULL REFERENCES TrainingPrograms(Id),
    SessionId        UNIQUEIDENTIFIER NULL REFERENCES TrainingSessions(Id),
    Title            NVARCHAR(200) NULL,
    OwnerEmployeeId  UNIQUEIDENTIFIER NULL REFERENCES Employees(Id),
    OwnerName        NVARCHAR(200) NULL,
    DueDate          DATE NOT NULL,
    Status           NVARCHAR(20) NOT NULL,
    Version          INT NOT NULL DEFAULT 1,
    CreatedAt        DATETIMEOFFSET NOT NULL,
    UpdatedAt        DATETIMEOFFSET NOT NULL
);
CREATE INDEX IX_EvaluationActions_Tenant_Cycle ON EvaluationActions(TenantId, CycleId, Status);
CREATE INDEX IX_EvaluationActions_Tenant_Finding ON EvaluationActions(TenantId, FindingId);
