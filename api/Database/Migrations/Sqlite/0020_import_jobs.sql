-- Large imports as background jobs (issue 11). The uploaded file is kept in the row, since several API instances share
-- only the database. A worker claims a queued job by an UPDATE that succeeds only while it is still queued, and holds
-- it by a lease (LeaseOwner, LeaseUntil) that it extends; a running job whose lease has expired belonged to a dead
-- instance and is marked failed. Report is the finished import's report as JSON.
CREATE TABLE ImportJobs (
    Id             TEXT NOT NULL PRIMARY KEY,
    TenantId       TEXT NOT NULL REFERENCES Tenants(Id),
    Kind           TEXT NOT NULL,
    Mode           TEXT NOT NULL,
    DryRun         INTEGER NOT NULL,
    Format         TEXT NOT NULL,
    Sheet          TEXT NULL,
    English        INTEGER NOT NULL,
    Status         TEXT NOT NULL,
    RowsTotal      INTEGER NOT NULL,
    RowsProcessed  INTEGER NOT NULL DEFAULT 0,
    CreatedBy      TEXT NOT NULL,
    CreatedAt      TEXT NOT NULL,
    StartedAt      TEXT NULL,
    FinishedAt     TEXT NULL,
    LeaseOwner     TEXT NULL,
    LeaseUntil     TEXT NULL,
    Error          TEXT NULL,
    Report         TEXT NULL,
    FileBytes      BLOB NULL
);
-- The tenant's history, newest first.
CREATE INDEX IX_ImportJobs_Tenant_Created ON ImportJobs(TenantId, CreatedAt, Id);
-- The workers: the oldest queued job, and running jobs whose lease expired.
CREATE INDEX IX_ImportJobs_Status_Created ON ImportJobs(Status, CreatedAt, Id);
CREATE INDEX IX_ImportJobs_Status_Lease ON ImportJobs(Status, LeaseUntil);
