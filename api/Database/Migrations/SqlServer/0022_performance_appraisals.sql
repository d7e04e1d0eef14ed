-- Performance appraisal (SKP, issue 10): appraisal periods, one appraisal per employee and period with the predicate
-- of the matrix (Domain/Skp.cs), the rollup its distribution reads, and performance needs beside the competency
-- gaps of the AKPK.

CREATE TABLE AppraisalPeriods (
    Id          UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    TenantId    UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    Name        NVARCHAR(200) NOT NULL,
    StartDate   DATE NOT NULL,
    EndDate     DATE NOT NULL,
    Version     INT NOT NULL DEFAULT 1,
    CreatedAt   DATETIMEOFFSET NOT NULL,
    UpdatedAt   DATETIMEOFFSET NOT NULL
);
CREATE INDEX IX_AppraisalPeriods_Tenant_Start ON AppraisalPeriods(TenantId, StartDate);

CREATE TABLE PerformanceAppraisals (
    Id               UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    TenantId         UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    EmployeeId       UNIQUEIDENTIFIER NOT NULL REFERENCES Employees(Id),
    PeriodId         UNIQUEIDENTIFIER NOT NULL REFERENCES AppraisalPeriods(Id),
    ResultsRating    NVARCHAR(30) NOT NULL,
    BehaviourRating  NVARCHAR(30) NOT NULL,
    Predicate        NVARCHAR(30) NOT NULL,
    Notes            NVARCHAR(2000) NULL,
    AppraisedBy      NVARCHAR(100) NOT NULL,
    Version          INT NOT NULL DEFAULT 1,
    CreatedAt        DATETIMEOFFSET NOT NULL,
    UpdatedAt        DATETIMEOFFSET NOT NULL
);
CREATE UNIQUE INDEX UX_PerformanceAppraisals_Period_Employee ON PerformanceAppraisals(TenantId, PeriodId, EmployeeId);
CREATE INDEX IX_PerformanceAppraisals_Tenant_Employee ON PerformanceAppraisals(TenantId, EmployeeId);
CREATE INDEX IX_PerformanceAppraisals_Tenant_Period_Predicate ON PerformanceAppraisals(TenantId, PeriodId, Predicate);

CREATE TABLE AppraisalRollups (
    TenantId    UNIQUEIDENTIFIER NOT NULL,
    UnitId      UNIQUEIDENTIFIER NOT NULL,
    PeriodId    UNIQUEIDENTIFIER NOT NULL,
    Predicate   NVARCHAR(30) NOT NULL,
    Employees   INT NOT NULL,
    PRIMARY KEY (TenantId, UnitId, PeriodId, Predicate)
);
CREATE INDEX IX_AppraisalRollups_Tenant_Period ON AppraisalRollups(TenantId, PeriodId, UnitId);

-- Development needs gain a source: Competency (a gap) or Performance (an appraisal below expectations), which has no
-- competency and no levels. The unique key's index depends on CompetencyId, so it goes first and comes back filtered.
DROP INDEX UX_DevelopmentNeeds_Key ON DevelopmentNeeds;
ALTER TABLE DevelopmentNeeds ADD Source NVARCHAR(20) NOT NULL DEFAULT 'Competency';
ALTER TABLE DevelopmentNeeds ADD AppraisalId UNIQUEIDENTIFIER NULL REFERENCES PerformanceAppraisals(Id);
ALTER TABLE DevelopmentNeeds ALTER COLUMN CompetencyId UNIQUEIDENTIFIER NULL;
ALTER TABLE DevelopmentNeeds ALTER COLUMN RequiredLevel INT NULL;
ALTER TABLE DevelopmentNeeds ALTER COLUMN AssessedLevel INT NULL;
ALTER TABLE DevelopmentNeeds ALTER COLUMN Gap INT NULL;
CREATE UNIQUE INDEX UX_DevelopmentNeeds_Key ON DevelopmentNeeds(TenantId, Year, EmployeeId, CompetencyId) WHERE CompetencyId IS NOT NULL;
CREATE UNIQUE INDEX UX_DevelopmentNeeds_Performance ON DevelopmentNeeds(TenantId, Year, EmployeeId) WHERE Source = 'Performance';
