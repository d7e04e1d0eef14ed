-- CompetencyFacts keeps assessed pairs only (issue 11, the import benchmark). Every reader of the facts looks at
-- assessed rows (AssessedLevel IS NOT NULL); whether an employee has a standard, the one thing the never-assessed rows
-- still said (HeadcountRollups.WithStandard), is read from PositionStandards. A new employee then has no facts, and an
-- import of 100,000 of them writes none instead of a million. AssessedLevel stays nullable: nothing else changes.
DELETE FROM CompetencyFacts WHERE AssessedLevel IS NULL;
