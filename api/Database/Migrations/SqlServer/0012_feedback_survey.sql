-- Citizen feedback, first slice (issue 9): service units, SKM survey responses (public and paper) and the
-- per service unit × day rollup the IKM report reads.

-- A public service point of a unit (OPD). Slug is unique in the tenant; the public address names the tenant
-- by its code beside it. ServiceTypes is a JSON array of at most 20 short strings, read and written whole.
CREATE TABLE ServiceUnits (
    Id                 UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    TenantId           UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    UnitId             UNIQUEIDENTIFIER NOT NULL REFERENCES Units(Id),
    Name               NVARCHAR(200) NOT NULL,
    Slug               NVARCHAR(80) NOT NULL,
    ServiceTypes       NVARCHAR(4000) NOT NULL,
    PopulationPerYear  INT NOT NULL,
    SurveyOpen         BIT NOT NULL DEFAULT 1,
    Version            INT NOT NULL DEFAULT 1,
    CreatedAt          DATETIMEOFFSET NOT NULL,
    UpdatedAt          DATETIMEOFFSET NOT NULL
);
CREATE UNIQUE INDEX UX_ServiceUnits_Tenant_Slug ON ServiceUnits(TenantId, Slug);
CREATE INDEX IX_ServiceUnits_Tenant_Unit ON ServiceUnits(TenantId, UnitId);
CREATE INDEX IX_ServiceUnits_Tenant_Name ON ServiceUnits(TenantId, Name);

CREATE TABLE ServiceUnitStaff (
    ServiceUnitId  UNIQUEIDENTIFIER NOT NULL REFERENCES ServiceUnits(Id),
    TenantId       UNIQUEIDENTIFIER NOT NULL,
    EmployeeId     UNIQUEIDENTIFIER NOT NULL REFERENCES Employees(Id),
    PRIMARY KEY (ServiceUnitId, EmployeeId)
);
CREATE INDEX IX_ServiceUnitStaff_Employee ON ServiceUnitStaff(TenantId, EmployeeId);

-- One respondent's nine scores (1–4, S1 = U1 … S9 = U9). SubmissionId is the client's idempotency key (a phone's
-- retry carries the same one); paper responses get a fresh one. RespondedOn is the day the rollup counts it on;
-- its Year and Quarter are stored beside it, so the rollup's GROUP BY needs no date function.
CREATE TABLE SurveyResponses (
    Id             UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    TenantId       UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    ServiceUnitId  UNIQUEIDENTIFIER NOT NULL REFERENCES ServiceUnits(Id),
    SubmissionId   UNIQUEIDENTIFIER NOT NULL,
    Channel        NVARCHAR(10) NOT NULL,
    RespondedOn    DATE NOT NULL,
    Year           INT NOT NULL,
    Quarter        INT NOT NULL,
    ReceivedAt     DATETIMEOFFSET NOT NULL,
    ServiceType    NVARCHAR(100) NOT NULL,
    S1 TINYINT NOT NULL, S2 TINYINT NOT NULL, S3 TINYINT NOT NULL, S4 TINYINT NOT NULL, S5 TINYINT NOT NULL,
    S6 TINYINT NOT NULL, S7 TINYINT NOT NULL, S8 TINYINT NOT NULL, S9 TINYINT NOT NULL,
    Sex            NVARCHAR(10) NULL,
    AgeBand        NVARCHAR(20) NULL,
    Education      NVARCHAR(20) NULL,
    Occupation     NVARCHAR(30) NULL,
    Suggestion     NVARCHAR(1000) NULL,
    EnteredBy      NVARCHAR(100) NULL
);
CREATE UNIQUE INDEX UX_SurveyResponses_Tenant_Submission ON SurveyResponses(TenantId, SubmissionId);
CREATE INDEX IX_SurveyResponses_Unit_Day ON SurveyResponses(TenantId, ServiceUnitId, RespondedOn);

-- The IKM report's only input: per service unit and day the respondent count and the nine score sums (never
-- means), rebuilt for the days a submission touches in its own transaction. Year and Quarter are the day's, so the
-- quarterly trend groups without a date function of either engine.
CREATE TABLE SurveyRollups (
    TenantId       UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    ServiceUnitId  UNIQUEIDENTIFIER NOT NULL REFERENCES ServiceUnits(Id),
    Day            DATE NOT NULL,
    Year           INT NOT NULL,
    Quarter        INT NOT NULL,
    Respondents    INT NOT NULL,
    S1 INT NOT NULL, S2 INT NOT NULL, S3 INT NOT NULL, S4 INT NOT NULL, S5 INT NOT NULL,
    S6 INT NOT NULL, S7 INT NOT NULL, S8 INT NOT NULL, S9 INT NOT NULL,
    PRIMARY KEY (ServiceUnitId, Day)
);
CREATE INDEX IX_SurveyRollups_Tenant_Unit_Day ON SurveyRollups(TenantId, ServiceUnitId, Day);
