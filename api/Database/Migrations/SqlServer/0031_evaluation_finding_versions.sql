-- Findings become editable while their cycle is open (PUT/DELETE with If-Match): a version for optimistic concurrency
-- and the time of the last change. Existing findings start at version 1, as a new one does.
ALTER TABLE EvaluationFindings ADD Version INT NOT NULL CONSTRAINT DF_EvaluationFindings_Version DEFAULT 1;
GO
ALTER TABLE EvaluationFindings ADD UpdatedAt DATETIMEOFFSET NULL;
GO

-- A plan's items are now kept by id when the plan is edited; deleting one checks the follow-up actions that name it.
CREATE INDEX IX_EvaluationActions_PlanItem ON EvaluationActions(PlanItemId);
