-- Imports of training records and the Idempotency-Key (issue 11).

-- A training record imported without a session becomes an external activity that names its program, so the
-- record's natural key (NIP + program + date) finds it again on the next import.
ALTER TABLE ExternalActivities ADD COLUMN ProgramId TEXT NULL REFERENCES TrainingPrograms(Id);
CREATE UNIQUE INDEX UX_ExternalActivities_Program_Date ON ExternalActivities(TenantId, EmployeeId, ProgramId, ActivityDate) WHERE ProgramId IS NOT NULL;

-- The first response to a request with an Idempotency-Key, replayed for 24 hours. Status is null while the first
-- request still runs (a second one with the key is then a 409). Expired rows are deleted by ExpiresAt.
CREATE TABLE IdempotencyKeys (
    TenantId     TEXT NOT NULL REFERENCES Tenants(Id),
    IdemKey      TEXT NOT NULL,
    RequestHash  TEXT NOT NULL,
    Status       INTEGER NULL,
    ContentType  TEXT NULL,
    Location     TEXT NULL,
    Body         TEXT NULL,
    CreatedAt    TEXT NOT NULL,
    ExpiresAt    TEXT NOT NULL,
    PRIMARY KEY (TenantId, IdemKey)
);
CREATE INDEX IX_IdempotencyKeys_Expires ON IdempotencyKeys(ExpiresAt);
