-- Evaluation, level 3 (issue 10): the supervisor's post-training follow-up, one per completed enrollment, with a
-- rating per competency of the program. The queue itself is the completed enrollments: no row exists until a
-- follow-up is filed; OnTime says whether it was filed by its deadline (the months then in force). LevelBefore keeps the current level when it was filed, for the level change of the results.
CREATE TABLE TrainingFollowUps (
    EnrollmentId  TEXT NOT NULL PRIMARY KEY REFERENCES TrainingEnrollments(Id),
    TenantId      TEXT NOT NULL REFERENCES Tenants(Id),
    EmployeeId    TEXT NOT NULL REFERENCES Employees(Id),
    Notes         TEXT NULL,
    AssessmentId  TEXT NULL REFERENCES Assessments(Id),
    FiledOn       TEXT NOT NULL,
    OnTime        INTEGER NOT NULL,
    FiledAt       TEXT NOT NULL,
    FiledBy       TEXT NOT NULL,
    Version       INTEGER NOT NULL DEFAULT 1,
    UpdatedAt     TEXT NOT NULL
);
CREATE INDEX IX_TrainingFollowUps_Tenant_Employee ON TrainingFollowUps(TenantId, EmployeeId);

CREATE TABLE TrainingFollowUpRatings (
    EnrollmentId     TEXT NOT NULL REFERENCES TrainingFollowUps(EnrollmentId),
    CompetencyId     TEXT NOT NULL REFERENCES Competencies(Id),
    TenantId         TEXT NOT NULL,
    Application      INTEGER NOT NULL,
    ReassessedLevel  INTEGER NULL,
    LevelBefore      INTEGER NULL,
    PRIMARY KEY (EnrollmentId, CompetencyId)
);

-- The queue walks the tenant's sessions by end date (a follow-up's months count from it), then their enrollments.
CREATE INDEX IX_TrainingSessions_Tenant_End ON TrainingSessions(TenantId, EndDate);

ALTER TABLE TenantSettings ADD COLUMN FollowUpMonths INTEGER NOT NULL DEFAULT 3;
