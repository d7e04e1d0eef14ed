-- AKPK: the yearly inventory of development needs (verified, then validated) and individual development plans.

CREATE TABLE DevelopmentNeeds (
    Id               UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    TenantId         UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    Year             INT NOT NULL,
    EmployeeId       UNIQUEIDENTIFIER NOT NULL REFERENCES Employees(Id),
    CompetencyId     UNIQUEIDENTIFIER NOT NULL REFERENCES Competencies(Id),
    RequiredLevel    INT NOT NULL,
    AssessedLevel    INT NOT NULL,
    Gap              INT NOT NULL,
    Priority         NVARCHAR(10) NOT NULL,
    Status           NVARCHAR(20) NOT NULL,
    ReviewedBy       NVARCHAR(100) NULL,
    ReviewedAt       DATETIMEOFFSET NULL,
    RejectionReason  NVARCHAR(1000) NULL,
    Version          INT NOT NULL DEFAULT 1,
    CreatedAt        DATETIMEOFFSET NOT NULL,
    UpdatedAt        DATETIMEOFFSET NOT NULL
);
CREATE UNIQUE INDEX UX_DevelopmentNeeds_Key ON DevelopmentNeeds(TenantId, Year, EmployeeId, CompetencyId);
CREATE INDEX IX_DevelopmentNeeds_Tenant_Year_Status ON DevelopmentNeeds(TenantId, Year, Status);
CREATE INDEX IX_DevelopmentNeeds_Tenant_Employee ON DevelopmentNeeds(TenantId, EmployeeId);

CREATE TABLE DevelopmentPlans (
    Id               UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    TenantId         UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    EmployeeId       UNIQUEIDENTIFIER NOT NULL REFERENCES Employees(Id),
    Year             INT NOT NULL,
    Title            NVARCHAR(200) NOT NULL,
    Status           NVARCHAR(20) NOT NULL,
    SubmittedAt      DATETIMEOFFSET NULL,
    DecidedBy        NVARCHAR(100) NULL,
    DecidedAt        DATETIMEOFFSET NULL,
    RejectionReason  NVARCHAR(1000) NULL,
    CompletedAt      DATETIMEOFFSET NULL,
    CreatedBy        NVARCHAR(100) NOT NULL,
    Version          INT NOT NULL DEFAULT 1,
    CreatedAt        DATETIMEOFFSET NOT NULL,
    UpdatedAt        DATETIMEOFFSET NOT NULL
);
CREATE INDEX IX_DevelopmentPlans_Tenant_Year_Status ON DevelopmentPlans(TenantId, Year, Status);
CREATE INDEX IX_DevelopmentPlans_Tenant_Employee ON DevelopmentPlans(TenantId, EmployeeId);

CREATE TABLE DevelopmentPlanItems (
    Id            UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    PlanId        UNIQUEIDENTIFIER NOT NULL REFERENCES DevelopmentPlans(Id),
    TenantId      UNIQUEIDENTIFIER NOT NULL,
    CompetencyId  UNIQUEIDENTIFIER NOT NULL REFERENCES Competencies(Id),
    NeedId        UNIQUEIDENTIFIER NULL REFERENCES DevelopmentNeeds(Id),
    TargetLevel   INT NOT NULL,
    Form          NVARCHAR(50) NOT NULL,
    ActivityName  NVARCHAR(200) NOT NULL,
    PlannedJp     INT NOT NULL,
    DueDate       DATE NOT NULL,
    Position      INT NOT NULL
);
CREATE INDEX IX_DevelopmentPlanItems_Plan ON DevelopmentPlanItems(PlanId, Position);
