-- Read model for competency aggregates: one row per active employee × competency of their position's
-- standard, with the latest assessed level (NULL when never assessed). Kept by the commands that change
-- its inputs (assessments, employees, standards), in their transaction. The heatmap and the JPM
-- distribution read one covering index instead of joining 300,000 rows and sorting them.
CREATE TABLE CompetencyFacts (
    EmployeeId     TEXT NOT NULL,
    CompetencyId   TEXT NOT NULL,
    TenantId       TEXT NOT NULL,
    UnitId         TEXT NOT NULL,
    PositionId     TEXT NOT NULL,
    RequiredLevel  INTEGER NOT NULL,
    AssessedLevel  INTEGER NULL,
    PRIMARY KEY (EmployeeId, CompetencyId)
) WITHOUT ROWID;
CREATE INDEX IX_CompetencyFacts_Unit ON CompetencyFacts(TenantId, UnitId, CompetencyId, RequiredLevel, AssessedLevel);
CREATE INDEX IX_CompetencyFacts_Position ON CompetencyFacts(TenantId, PositionId);
CREATE INDEX IX_CompetencyFacts_Competency ON CompetencyFacts(TenantId, CompetencyId, RequiredLevel, AssessedLevel, UnitId);

INSERT INTO CompetencyFacts (EmployeeId, CompetencyId, TenantId, UnitId, PositionId, RequiredLevel, AssessedLevel)
SELECT e.Id, s.CompetencyId, e.TenantId, e.UnitId, e.PositionId, s.RequiredLevel, cc.Level
FROM Employees e
JOIN PositionStandards s ON s.PositionId = e.PositionId
LEFT JOIN CurrentCompetencies cc ON cc.EmployeeId = e.Id AND cc.CompetencyId = s.CompetencyId
WHERE e.IsActive = 1;
