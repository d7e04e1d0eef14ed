-- Evaluation (issue 10), cycles: a named period of the tenant (UnitId NULL) or a unit sub-tree. Closing stores the
-- indicators as one JSON document (Snapshot) that nothing updates afterwards; open cycles have none and are computed live.
CREATE TABLE EvaluationCycles (
    Id          TEXT NOT NULL PRIMARY KEY,
    TenantId    TEXT NOT NULL REFERENCES Tenants(Id),
    UnitId      TEXT NULL REFERENCES Units(Id),
    Name        TEXT NOT NULL,
    PeriodFrom  TEXT NOT NULL,
    PeriodTo    TEXT NOT NULL,
    Status      TEXT NOT NULL,
    Snapshot    TEXT NULL,
    ClosedAt    TEXT NULL,
    ClosedBy    TEXT NULL,
    Version     INTEGER NOT NULL DEFAULT 1,
    CreatedAt   TEXT NOT NULL,
    UpdatedAt   TEXT NOT NULL
);
-- The list: by status and period; the previous cycle of a scope: by unit and period.
CREATE INDEX IX_EvaluationCycles_Tenant_Status_From ON EvaluationCycles(TenantId, Status, PeriodFrom);
CREATE INDEX IX_EvaluationCycles_Tenant_Unit_From ON EvaluationCycles(TenantId, UnitId, PeriodFrom);

-- A finding (area perlu perbaikan) of a cycle, with the indicator it rests on and a link to the figure.
CREATE TABLE EvaluationFindings (
    Id             TEXT NOT NULL PRIMARY KEY,
    TenantId       TEXT NOT NULL REFERENCES Tenants(Id),
    CycleId        TEXT NOT NULL REFERENCES EvaluationCycles(Id),
    Title          TEXT NOT NULL,
    Description    TEXT NULL,
    IndicatorCode  TEXT NULL,
    EvidenceLink   TEXT NULL,
    Severity       TEXT NOT NULL,
    CreatedAt      TEXT NOT NULL
);
CREATE INDEX IX_EvaluationFindings_Tenant_Cycle ON EvaluationFindings(TenantId, CycleId, CreatedAt);

-- A follow-up action of a finding: one of a plan item, a program, a session (by id) or a free task; an owner; a due day.
CREATE TABLE EvaluationActions (
    Id               TEXT NOT NULL PRIMARY KEY,
    TenantId         TEXT NOT NULL REFERENCES Tenants(Id),
    CycleId          TEXT NOT NULL REFERENCES EvaluationCycles(Id),
    FindingId        TEXT NOT NULL REFERENCES EvaluationFindings(Id),
    Kind             TEXT NOT NULL,
    PlanItemId       TEXT NULL REFERENCES DevelopmentPlanItems(Id),
    ProgramId        TEXT NULL REFERENCES TrainingPrograms(Id),
    SessionId        TEXT NULL REFERENCES TrainingSessions(Id),
    Title            TEXT NULL,
    OwnerEmployeeId  TEXT NULL REFERENCES Employees(Id),
    OwnerName        TEXT NULL,
    DueDate          TEXT NOT NULL,
    Status           TEXT NOT NULL,
    Version          INTEGER NOT NULL DEFAULT 1,
    CreatedAt        TEXT NOT NULL,
    UpdatedAt        TEXT NOT NULL
);
CREATE INDEX IX_EvaluationActions_Tenant_Cycle ON EvaluationActions(TenantId, CycleId, Status);
CREATE INDEX IX_EvaluationActions_Tenant_Finding ON EvaluationActions(TenantId, FindingId);
