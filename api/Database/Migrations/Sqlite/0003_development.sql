-- AKPK: the yearly inventory of development needs (verified, then validated) and individual development plans.

CREATE TABLE DevelopmentNeeds (
    Id               TEXT NOT NULL PRIMARY KEY,
    TenantId         TEXT NOT NULL REFERENCES Tenants(Id),
    Year             INTEGER NOT NULL,
    EmployeeId       TEXT NOT NULL REFERENCES Employees(Id),
    CompetencyId     TEXT NOT NULL REFERENCES Competencies(Id),
    RequiredLevel    INTEGER NOT NULL,
    AssessedLevel    INTEGER NOT NULL,
    Gap              INTEGER NOT NULL,
    Priority         TEXT NOT NULL,
    Status           TEXT NOT NULL,
    ReviewedBy       TEXT NULL,
    ReviewedAt       TEXT NULL,
    RejectionReason  TEXT NULL,
    Version          INTEGER NOT NULL DEFAULT 1,
    CreatedAt        TEXT NOT NULL,
    UpdatedAt        TEXT NOT NULL
);
CREATE UNIQUE INDEX UX_DevelopmentNeeds_Key ON DevelopmentNeeds(TenantId, Year, EmployeeId, CompetencyId);
CREATE INDEX IX_DevelopmentNeeds_Tenant_Year_Status ON DevelopmentNeeds(TenantId, Year, Status);
CREATE INDEX IX_DevelopmentNeeds_Tenant_Employee ON DevelopmentNeeds(TenantId, EmployeeId);

CREATE TABLE DevelopmentPlans (
    Id               TEXT NOT NULL PRIMARY KEY,
    TenantId         TEXT NOT NULL REFERENCES Tenants(Id),
    EmployeeId       TEXT NOT NULL REFERENCES Employees(Id),
    Year             INTEGER NOT NULL,
    Title            TEXT NOT NULL,
    Status           TEXT NOT NULL,
    SubmittedAt      TEXT NULL,
    DecidedBy        TEXT NULL,
    DecidedAt        TEXT NULL,
    RejectionReason  TEXT NULL,
    CompletedAt      TEXT NULL,
    CreatedBy        TEXT NOT NULL,
    Version          INTEGER NOT NULL DEFAULT 1,
    CreatedAt        TEXT NOT NULL,
    UpdatedAt        TEXT NOT NULL
);
CREATE INDEX IX_DevelopmentPlans_Tenant_Year_Status ON DevelopmentPlans(TenantId, Year, Status);
CREATE INDEX IX_DevelopmentPlans_Tenant_Employee ON DevelopmentPlans(TenantId, EmployeeId);

CREATE TABLE DevelopmentPlanItems (
    Id            TEXT NOT NULL PRIMARY KEY,
    PlanId        TEXT NOT NULL REFERENCES DevelopmentPlans(Id),
    TenantId      TEXT NOT NULL,
    CompetencyId  TEXT NOT NULL REFERENCES Competencies(Id),
    NeedId        TEXT NULL REFERENCES DevelopmentNeeds(Id),
    TargetLevel   INTEGER NOT NULL,
    Form          TEXT NOT NULL,
    ActivityName  TEXT NOT NULL,
    PlannedJp     INTEGER NOT NULL,
    DueDate       TEXT NOT NULL,
    Position      INTEGER NOT NULL
);
CREATE INDEX IX_DevelopmentPlanItems_Plan ON DevelopmentPlanItems(PlanId, Position);
