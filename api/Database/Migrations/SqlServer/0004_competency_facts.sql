-- Read model for competency aggregates: one row per active employee × competency of their position's
-- standard, with the latest assessed level (NULL when never assessed). Kept by the commands that change
-- its inputs (assessments, employees, standards), in their transaction.
CREATE TABLE CompetencyFacts (
    EmployeeId     UNIQUEIDENTIFIER NOT NULL,
    CompetencyId   UNIQUEIDENTIFIER NOT NULL,
    TenantId       UNIQUEIDENTIFIER NOT NULL,
    UnitId         UNIQUEIDENTIFIER NOT NULL,
    PositionId     UNIQUEIDENTIFIER NOT NULL,
    RequiredLevel  INT NOT NULL,
    AssessedLevel  INT NULL,
    PRIMARY KEY (EmployeeId, CompetencyId)
);
CREATE INDEX IX_CompetencyFacts_Unit ON CompetencyFacts(TenantId, UnitId, CompetencyId) INCLUDE (RequiredLevel, AssessedLevel);
CREATE INDEX IX_CompetencyFacts_Position ON CompetencyFacts(TenantId, PositionId);
CREATE INDEX IX_CompetencyFacts_Competency ON CompetencyFacts(TenantId, CompetencyId) INCLUDE (RequiredLevel, AssessedLevel, UnitId);

INSERT INTO CompetencyFacts (EmployeeId, CompetencyId, TenantId, UnitId, PositionId, RequiredLevel, AssessedLevel)
SELECT e.Id, s.CompetencyId, e.TenantId, e.UnitId, e.PositionId, s.RequiredLevel, cc.Level
FROM Employees e
JOIN PositionStandards s ON s.PositionId = e.PositionId
LEFT JOIN CurrentCompetencies cc ON cc.EmployeeId = e.Id AND cc.CompetencyId = s.CompetencyId
WHERE e.IsActive = 1;
