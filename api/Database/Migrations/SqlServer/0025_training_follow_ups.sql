-- Evaluation, level 3 (issue 10): the supervisor's post-training follow-up, one per completed enrollment, with a
-- rating per competency of the program. The queue itself is the completed enrollments: no row exists until a
-- follow-up is filed; OnTime says whether it was filed by its deadline (the months then in force). LevelBefore keeps the current level when it was filed, for the level change of the results.
CREATE TABLE TrainingFollowUps (
    EnrollmentId  UNIQUEIDENTIFIER NOT NULL PRIMARY KEY REFERENCES TrainingEnrollments(Id),
    TenantId      UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    EmployeeId    UNIQUEIDENTIFIER NOT NULL REFERENCES Employees(Id),
    Notes         NVARCHAR(4000) NULL,
    AssessmentId  UNIQUEIDENTIFIER NULL REFERENCES Assessments(Id),
    FiledOn       DATE NOT NULL,
    OnTime        BIT NOT NULL,
    FiledAt       DATETIMEOFFSET NOT NULL,
    FiledBy       NVARCHAR(200) NOT NULL,
    Version       INT NOT NULL DEFAULT 1,
    UpdatedAt     DATETIMEOFFSET NOT NULL
);
CREATE INDEX IX_TrainingFollowUps_Tenant_Employee ON TrainingFollowUps(TenantId, EmployeeId);

CREATE TABLE TrainingFollowUpRatings (
    EnrollmentId     UNIQUEIDENTIFIER NOT NULL REFERENCES TrainingFollowUps(EnrollmentId),
    CompetencyId     UNIQUEIDENTIFIER NOT NULL REFERENCES Competencies(Id),
    TenantId         UNIQUEIDENTIFIER NOT NULL,
    Application      INT NOT NULL,
    ReassessedLevel  INT NULL,
    LevelBefore      INT NULL,
    PRIMARY KEY (EnrollmentId, CompetencyId)
);

-- The queue walks the tenant's sessions by end date (a follow-up's months count from it), then their enrollments.
CREATE INDEX IX_TrainingSessions_Tenant_End ON TrainingSessions(TenantId, EndDate);

ALTER TABLE TenantSettings ADD FollowUpMonths INT NOT NULL CONSTRAINT DF_TenantSettings_FollowUpMonths DEFAULT 3;
