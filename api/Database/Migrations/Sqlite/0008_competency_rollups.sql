-- Rollups of the CompetencyFacts read model (issue 7): per tenant × unit × position type, the counts and sums
-- the competency aggregates add up, so a request reads at most units × competencies rows whatever the tenant's
-- size. Keyed by UnitId, not by path: a unit move changes Units.Path only, and the aggregates join Units for the
-- sub-tree, so moves need no refresh. Kept in the same transaction as CompetencyFacts (Features/Shared/CompetencyRollups.cs).
-- Only groups with at least one employee are stored.

-- Heatmap cells and largest gaps: assessed facts per unit × position type × competency.
CREATE TABLE CompetencyRollups (
    TenantId       TEXT NOT NULL,
    UnitId         TEXT NOT NULL,
    PositionType   TEXT NOT NULL,
    CompetencyId   TEXT NOT NULL,
    Assessed       INTEGER NOT NULL,
    GapSum         INTEGER NOT NULL,
    Meeting        INTEGER NOT NULL,
    BelowStandard  INTEGER NOT NULL,
    GapBelowSum    INTEGER NOT NULL,
    PRIMARY KEY (TenantId, UnitId, PositionType, CompetencyId)
) WITHOUT ROWID;

-- Heatmap row headcounts and the JPM distribution's population: active employees per unit × position type
-- ('' for an employee without a position), those with a standard and those with an assessed competency of it.
CREATE TABLE HeadcountRollups (
    TenantId       TEXT NOT NULL,
    UnitId         TEXT NOT NULL,
    PositionType   TEXT NOT NULL,
    Employees      INTEGER NOT NULL,
    WithStandard   INTEGER NOT NULL,
    Assessed       INTEGER NOT NULL,
    PRIMARY KEY (TenantId, UnitId, PositionType)
) WITHOUT ROWID;

-- JPM distribution: employees per unit × position type × (sum of assessed levels, sum of required levels).
-- JPM is 100 × AssessedSum / RequiredSum, so the buckets follow exactly from these pairs under any thresholds
-- (a threshold change needs no refresh), and the pairs are bounded by the levels (1–5) and standard sizes, not by headcount.
CREATE TABLE JpmRollups (
    TenantId       TEXT NOT NULL,
    UnitId         TEXT NOT NULL,
    PositionType   TEXT NOT NULL,
    AssessedSum    INTEGER NOT NULL,
    RequiredSum    INTEGER NOT NULL,
    Employees      INTEGER NOT NULL,
    PRIMARY KEY (TenantId, UnitId, PositionType, AssessedSum, RequiredSum)
) WITHOUT ROWID;

INSERT INTO CompetencyRollups (TenantId, UnitId, PositionType, CompetencyId, Assessed, GapSum, Meeting, BelowStandard, GapBelowSum)
SELECT f.TenantId, f.UnitId, p.Type, f.CompetencyId, COUNT(*),
       SUM(f.RequiredLevel - f.AssessedLevel),
       SUM(CASE WHEN f.AssessedLevel >= f.RequiredLevel THEN 1 ELSE 0 END),
       SUM(CASE WHEN f.AssessedLevel < f.RequiredLevel THEN 1 ELSE 0 END),
       SUM(CASE WHEN f.AssessedLevel < f.RequiredLevel THEN f.RequiredLevel - f.AssessedLevel ELSE 0 END)
FROM CompetencyFacts f JOIN Positions p ON p.Id = f.PositionId
WHERE f.AssessedLevel IS NOT NULL
GROUP BY f.TenantId, f.UnitId, p.Type, f.CompetencyId;

INSERT INTO HeadcountRollups (TenantId, UnitId, PositionType, Employees, WithStandard, Assessed)
SELECT x.TenantId, x.UnitId, x.PositionType, COUNT(*), SUM(x.HasStandard), SUM(x.HasAssessed)
FROM (
    SELECT e.TenantId, e.UnitId, COALESCE(p.Type, '') AS PositionType,
           CASE WHEN EXISTS (SELECT 1 FROM CompetencyFacts f WHERE f.EmployeeId = e.Id) THEN 1 ELSE 0 END AS HasStandard,
           CASE WHEN EXISTS (SELECT 1 FROM CompetencyFacts f WHERE f.EmployeeId = e.Id AND f.AssessedLevel IS NOT NULL) THEN 1 ELSE 0 END AS HasAssessed
    FROM Employees e LEFT JOIN Positions p ON p.Id = e.PositionId
    WHERE e.IsActive = 1
) x
GROUP BY x.TenantId, x.UnitId, x.PositionType;

INSERT INTO JpmRollups (TenantId, UnitId, PositionType, AssessedSum, RequiredSum, Employees)
SELECT j.TenantId, j.UnitId, j.PositionType, j.AssessedSum, j.RequiredSum, COUNT(*)
FROM (
    SELECT f.TenantId, f.UnitId, p.Type AS PositionType, f.EmployeeId, SUM(f.AssessedLevel) AS AssessedSum, SUM(f.RequiredLevel) AS RequiredSum
    FROM CompetencyFacts f JOIN Positions p ON p.Id = f.PositionId
    WHERE f.AssessedLevel IS NOT NULL
    GROUP BY f.TenantId, f.UnitId, p.Type, f.EmployeeId
) j
GROUP BY j.TenantId, j.UnitId, j.PositionType, j.AssessedSum, j.RequiredSum;
