-- Large imports as background jobs (issue 11). The uploaded file is kept in the row, since several API instances share
-- only the database. A worker claims a queued job by an UPDATE that succeeds only while it is still queued, and holds
-- it by a lease (LeaseOwner, LeaseUntil) that it extends; a running job whose lease has expired belonged to a dead
-- instance and is marked failed. Report is the finished import's report as JSON.
CREATE TABLE ImportJobs (
    Id             UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    TenantId       UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    Kind           NVARCHAR(30) NOT NULL,
    Mode           NVARCHAR(20) NOT NULL,
    DryRun         BIT NOT NULL,
    Format         NVARCHAR(10) NOT NULL,
    Sheet          NVARCHAR(100) NULL,
    English        BIT NOT NULL,
    Status         NVARCHAR(20) NOT NULL,
    RowsTotal      INT NOT NULL,
    RowsProcessed  INT NOT NULL DEFAULT 0,
    CreatedBy      NVARCHAR(200) NOT NULL,
    CreatedAt      DATETIMEOFFSET NOT NULL,
    StartedAt      DATETIMEOFFSET NULL,
    FinishedAt     DATETIMEOFFSET NULL,
    LeaseOwner     NVARCHAR(100) NULL,
    LeaseUntil     DATETIMEOFFSET NULL,
    Error          NVARCHAR(2000) NULL,
    Report         NVARCHAR(MAX) NULL,
    FileBytes      VARBINARY(MAX) NULL
);
-- The tenant's history, newest first.
CREATE INDEX IX_ImportJobs_Tenant_Created ON ImportJobs(TenantId, CreatedAt, Id);
-- The workers: the oldest queued job, and running jobs whose lease expired.
CREATE INDEX IX_ImportJobs_Status_Created ON ImportJobs(Status, CreatedAt, Id);
CREATE INDEX IX_ImportJobs_Status_Lease ON ImportJobs(Status, LeaseUntil);
