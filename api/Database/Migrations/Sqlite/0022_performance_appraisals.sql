-- Performance appraisal (SKP, issue 10): appraisal periods, one appraisal per employee and period with the predicate
-- of the matrix (Domain/Skp.cs), the rollup its distribution reads, and performance needs beside the competency
-- gaps of the AKPK.

CREATE TABLE AppraisalPeriods (
    Id          TEXT NOT NULL PRIMARY KEY,
    TenantId    TEXT NOT NULL REFERENCES Tenants(Id),
    Name        TEXT NOT NULL,
    StartDate   TEXT NOT NULL,
    EndDate     TEXT NOT NULL,
    Version     INTEGER NOT NULL DEFAULT 1,
    CreatedAt   TEXT NOT NULL,
    UpdatedAt   TEXT NOT NULL
);
-- The list (newest first) and the overlap check.
CREATE INDEX IX_AppraisalPeriods_Tenant_Start ON AppraisalPeriods(TenantId, StartDate);

-- The predicate is stored beside the two ratings it comes from, so lists, filters and the rollup need no CASE of the
-- matrix; every write computes it with Skp.Predicate.
CREATE TABLE PerformanceAppraisals (
    Id               TEXT NOT NULL PRIMARY KEY,
    TenantId         TEXT NOT NULL REFERENCES Tenants(Id),
    EmployeeId       TEXT NOT NULL REFERENCES Employees(Id),
    PeriodId         TEXT NOT NULL REFERENCES AppraisalPeriods(Id),
    ResultsRating    TEXT NOT NULL,
    BehaviourRating  TEXT NOT NULL,
    Predicate        TEXT NOT NULL,
    Notes            TEXT NULL,
    AppraisedBy      TEXT NOT NULL,
    Version          INTEGER NOT NULL DEFAULT 1,
    CreatedAt        TEXT NOT NULL,
    UpdatedAt        TEXT NOT NULL
);
-- One per employee and period (409 on a second); also serves the list of a period.
CREATE UNIQUE INDEX UX_PerformanceAppraisals_Period_Employee ON PerformanceAppraisals(TenantId, PeriodId, EmployeeId);
CREATE INDEX IX_PerformanceAppraisals_Tenant_Employee ON PerformanceAppraisals(TenantId, EmployeeId);
CREATE INDEX IX_PerformanceAppraisals_Tenant_Period_Predicate ON PerformanceAppraisals(TenantId, PeriodId, Predicate);

-- Active employees' appraisals per unit (the employee's current unit) × period × predicate: the distribution reads a
-- few rows per unit, whatever the headcount. Kept by Features/Shared/AppraisalRollups.cs.
CREATE TABLE AppraisalRollups (
    TenantId    TEXT NOT NULL,
    UnitId      TEXT NOT NULL,
    PeriodId    TEXT NOT NULL,
    Predicate   TEXT NOT NULL,
    Employees   INTEGER NOT NULL,
    PRIMARY KEY (TenantId, UnitId, PeriodId, Predicate)
) WITHOUT ROWID;
CREATE INDEX IX_AppraisalRollups_Tenant_Period ON AppraisalRollups(TenantId, PeriodId, UnitId);

-- Development needs gain a source: Competency (a gap, as before) or Performance (an appraisal below expectations),
-- which has no competency and no levels. SQLite cannot drop NOT NULL, so the table is rebuilt; DevelopmentPlanItems
-- refers to it by name, and with the foreign keys deferred to the commit the rebuilt table answers for the same ids.
PRAGMA defer_foreign_keys = ON;
CREATE TABLE DevelopmentNeeds_0022 (
    Id               TEXT NOT NULL PRIMARY KEY,
    TenantId         TEXT NOT NULL REFERENCES Tenants(Id),
    Year             INTEGER NOT NULL,
    EmployeeId       TEXT NOT NULL REFERENCES Employees(Id),
    Source           TEXT NOT NULL DEFAULT 'Competency',
    CompetencyId     TEXT NULL REFERENCES Competencies(Id),
    AppraisalId      TEXT NULL REFERENCES PerformanceAppraisals(Id),
    RequiredLevel    INTEGER NULL,
    AssessedLevel    INTEGER NULL,
    Gap              INTEGER NULL,
    Priority         TEXT NOT NULL,
    Status           TEXT NOT NULL,
    ReviewedBy       TEXT NULL,
    ReviewedAt       TEXT NULL,
    RejectionReason  TEXT NULL,
    Version          INTEGER NOT NULL DEFAULT 1,
    CreatedAt        TEXT NOT NULL,
    UpdatedAt        TEXT NOT NULL,
    VerifiedBy       TEXT NULL
);
INSERT INTO DevelopmentNeeds_0022 (Id, TenantId, Year, EmployeeId, Source, CompetencyId, AppraisalId, RequiredLevel, AssessedLevel, Gap, Priority, Status,
                                   ReviewedBy, ReviewedAt, RejectionReason, Version, CreatedAt, UpdatedAt, VerifiedBy)
SELECT Id, TenantId, Year, EmployeeId, 'Competency', CompetencyId, NULL, RequiredLevel, AssessedLevel, Gap, Priority, Status,
       ReviewedBy, ReviewedAt, RejectionReason, Version, CreatedAt, UpdatedAt, VerifiedBy
FROM DevelopmentNeeds;
DROP TABLE DevelopmentNeeds;
ALTER TABLE DevelopmentNeeds_0022 RENAME TO DevelopmentNeeds;
CREATE UNIQUE INDEX UX_DevelopmentNeeds_Key ON DevelopmentNeeds(TenantId, Year, EmployeeId, CompetencyId) WHERE CompetencyId IS NOT NULL;
-- One performance need per employee and year (from the year's latest appraisal below expectations).
CREATE UNIQUE INDEX UX_DevelopmentNeeds_Performance ON DevelopmentNeeds(TenantId, Year, EmployeeId) WHERE Source = 'Performance';
CREATE INDEX IX_DevelopmentNeeds_Tenant_Year_Status ON DevelopmentNeeds(TenantId, Year, Status);
CREATE INDEX IX_DevelopmentNeeds_Tenant_Employee ON DevelopmentNeeds(TenantId, EmployeeId);
