-- Citizen feedback, first slice (issue 9): service units, SKM survey responses (public and paper) and the
-- per service unit × day rollup the IKM report reads. Dates are ISO yyyy-MM-dd text.

-- A public service point of a unit (OPD). Slug is unique in the tenant; the public address names the tenant
-- by its code beside it. ServiceTypes is a JSON array of at most 20 short strings, read and written whole.
CREATE TABLE ServiceUnits (
    Id                 TEXT NOT NULL PRIMARY KEY,
    TenantId           TEXT NOT NULL REFERENCES Tenants(Id),
    UnitId             TEXT NOT NULL REFERENCES Units(Id),
    Name               TEXT NOT NULL,
    Slug               TEXT NOT NULL,
    ServiceTypes       TEXT NOT NULL,
    PopulationPerYear  INTEGER NOT NULL,
    SurveyOpen         INTEGER NOT NULL DEFAULT 1,
    Version            INTEGER NOT NULL DEFAULT 1,
    CreatedAt          TEXT NOT NULL,
    UpdatedAt          TEXT NOT NULL
);
CREATE UNIQUE INDEX UX_ServiceUnits_Tenant_Slug ON ServiceUnits(TenantId, Slug);
CREATE INDEX IX_ServiceUnits_Tenant_Unit ON ServiceUnits(TenantId, UnitId);
CREATE INDEX IX_ServiceUnits_Tenant_Name ON ServiceUnits(TenantId, Name);

CREATE TABLE ServiceUnitStaff (
    ServiceUnitId  TEXT NOT NULL REFERENCES ServiceUnits(Id),
    TenantId       TEXT NOT NULL,
    EmployeeId     TEXT NOT NULL REFERENCES Employees(Id),
    PRIMARY KEY (ServiceUnitId, EmployeeId)
);
CREATE INDEX IX_ServiceUnitStaff_Employee ON ServiceUnitStaff(TenantId, EmployeeId);

-- One respondent's nine scores (1–4, S1 = U1 … S9 = U9). SubmissionId is the client's idempotency key (a phone's
-- retry carries the same one); paper responses get a fresh one. RespondedOn is the day the rollup counts it on;
-- its Year and Quarter are stored beside it, so the rollup's GROUP BY needs no date function.
CREATE TABLE SurveyResponses (
    Id             TEXT NOT NULL PRIMARY KEY,
    TenantId       TEXT NOT NULL REFERENCES Tenants(Id),
    ServiceUnitId  TEXT NOT NULL REFERENCES ServiceUnits(Id),
    SubmissionId   TEXT NOT NULL,
    Channel        TEXT NOT NULL,
    RespondedOn    TEXT NOT NULL,
    Year           INTEGER NOT NULL,
    Quarter        INTEGER NOT NULL,
    ReceivedAt     TEXT NOT NULL,
    ServiceType    TEXT NOT NULL,
    S1 INTEGER NOT NULL, S2 INTEGER NOT NULL, S3 INTEGER NOT NULL, S4 INTEGER NOT NULL, S5 INTEGER NOT NULL,
    S6 INTEGER NOT NULL, S7 INTEGER NOT NULL, S8 INTEGER NOT NULL, S9 INTEGER NOT NULL,
    Sex            TEXT NULL,
    AgeBand        TEXT NULL,
    Education      TEXT NULL,
    Occupation     TEXT NULL,
    Suggestion     TEXT NULL,
    EnteredBy      TEXT NULL
);
CREATE UNIQUE INDEX UX_SurveyResponses_Tenant_Submission ON SurveyResponses(TenantId, SubmissionId);
CREATE INDEX IX_SurveyResponses_Unit_Day ON SurveyResponses(TenantId, ServiceUnitId, RespondedOn);

-- The IKM report's only input: per service unit and day the respondent count and the nine score sums (never
-- means), rebuilt for the days a submission touches in its own transaction. Year and Quarter are the day's, so the
-- quarterly trend groups without a date function of either engine.
CREATE TABLE SurveyRollups (
    TenantId       TEXT NOT NULL REFERENCES Tenants(Id),
    ServiceUnitId  TEXT NOT NULL REFERENCES ServiceUnits(Id),
    Day            TEXT NOT NULL,
    Year           INTEGER NOT NULL,
    Quarter        INTEGER NOT NULL,
    Respondents    INTEGER NOT NULL,
    S1 INTEGER NOT NULL, S2 INTEGER NOT NULL, S3 INTEGER NOT NULL, S4 INTEGER NOT NULL, S5 INTEGER NOT NULL,
    S6 INTEGER NOT NULL, S7 INTEGER NOT NULL, S8 INTEGER NOT NULL, S9 INTEGER NOT NULL,
    PRIMARY KEY (ServiceUnitId, Day)
);
CREATE INDEX IX_SurveyRollups_Tenant_Unit_Day ON SurveyRollups(TenantId, ServiceUnitId, Day);
