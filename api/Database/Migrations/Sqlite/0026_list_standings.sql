-- Paging at scale for the last three lists (issue 7): what their default sorts order by, kept where an index can give it.

-- The needs list sorts by priority, gap, then the employee's name: the name is kept on the need (maintained by
-- Features/Shared/EmployeeCopies.cs wherever a name can change), so one index gives the whole order and a page stops
-- after its rows. Priority sorts as its text descending (Tinggi, Sedang, Rendah), the order the API defines.
ALTER TABLE DevelopmentNeeds ADD COLUMN EmployeeName TEXT NOT NULL DEFAULT '';
UPDATE DevelopmentNeeds SET EmployeeName = (SELECT e.Name FROM Employees e WHERE e.Id = DevelopmentNeeds.EmployeeId);
CREATE INDEX IX_DevelopmentNeeds_Tenant_Year_Order ON DevelopmentNeeds(TenantId, Year, Priority DESC, Gap DESC, EmployeeName, Id);
CREATE INDEX IX_DevelopmentNeeds_Tenant_Order ON DevelopmentNeeds(TenantId, Priority DESC, Gap DESC, EmployeeName, Id);

-- Each active employee's JP standing per year that has a ledger entry in the tenant: the target of their employment
-- type, JP earned, remaining (never below 0) and whether the target is reached, with the name the list sorts by.
-- Kept by Features/Shared/JpStandings.cs in the transaction of every credit, employee change, import and target
-- change; the below-target list's default sort (-remaining, name) is an index range of it.
CREATE TABLE JpStandings (
    TenantId        TEXT NOT NULL,
    EmployeeId      TEXT NOT NULL,
    Year            INTEGER NOT NULL,
    Name            TEXT NOT NULL,
    EmploymentType  TEXT NOT NULL,
    TargetJp        INTEGER NOT NULL,
    EarnedJp        INTEGER NOT NULL,
    RemainingJp     INTEGER NOT NULL,
    Reached         INTEGER NOT NULL,
    PRIMARY KEY (TenantId, EmployeeId, Year)
) WITHOUT ROWID;
CREATE INDEX IX_JpStandings_Below ON JpStandings(TenantId, Year, Reached, RemainingJp DESC, Name, EmployeeId);

INSERT INTO JpStandings (TenantId, EmployeeId, Year, Name, EmploymentType, TargetJp, EarnedJp, RemainingJp, Reached)
SELECT x.TenantId, x.EmployeeId, x.Year, x.Name, x.EmploymentType, x.TargetJp, x.EarnedJp,
       CASE WHEN x.TargetJp > x.EarnedJp THEN x.TargetJp - x.EarnedJp ELSE 0 END, CASE WHEN x.EarnedJp >= x.TargetJp THEN 1 ELSE 0 END
FROM (
    SELECT e.TenantId, e.Id AS EmployeeId, y.Year, e.Name, e.EmploymentType, COALESCE(j.EarnedJp, 0) AS EarnedJp,
           CASE WHEN e.EmploymentType = 'Pppk' THEN COALESCE(ts.JpTargetPppk, 20) ELSE COALESCE(ts.JpTargetPns, 20) END AS TargetJp
    FROM Employees e
    JOIN (SELECT DISTINCT TenantId, Year FROM JpLedgerEntries) y ON y.TenantId = e.TenantId
    LEFT JOIN JpEmployeeYears j ON j.TenantId = e.TenantId AND j.EmployeeId = e.Id AND j.Year = y.Year
    LEFT JOIN TenantSettings ts ON ts.TenantId = e.TenantId
    WHERE e.IsActive = 1
) x;

-- The session candidates rank active employees by Σ gap × expected gain over a program's competencies: kept per program
-- and employee with a gap (Features/Shared/ProgramGapScores.cs, with every refresh of CompetencyFacts and every change
-- of a program's competencies), so a page is a range of IX_ProgramGapScores_Rank that stops after its rows.
CREATE TABLE ProgramGapScores (
    TenantId    TEXT NOT NULL,
    ProgramId   TEXT NOT NULL,
    EmployeeId  TEXT NOT NULL,
    Score       INTEGER NOT NULL,
    PRIMARY KEY (TenantId, EmployeeId, ProgramId)
) WITHOUT ROWID;
CREATE INDEX IX_ProgramGapScores_Rank ON ProgramGapScores(TenantId, ProgramId, Score DESC, EmployeeId);

INSERT INTO ProgramGapScores (TenantId, ProgramId, EmployeeId, Score)
SELECT f.TenantId, pc.ProgramId, f.EmployeeId, SUM((f.RequiredLevel - f.AssessedLevel) * pc.ExpectedGain)
FROM CompetencyFacts f JOIN TrainingProgramCompetencies pc ON pc.TenantId = f.TenantId AND pc.CompetencyId = f.CompetencyId
WHERE f.AssessedLevel IS NOT NULL AND f.AssessedLevel < f.RequiredLevel
GROUP BY f.TenantId, pc.ProgramId, f.EmployeeId;
