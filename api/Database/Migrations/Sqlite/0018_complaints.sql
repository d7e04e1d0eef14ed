-- Citizen feedback, second slice (issue 9): complaints with working-day deadlines, their status history and the
-- tenant's deadline settings. Days are WIB days as ISO yyyy-MM-dd text.

-- ReceivedOn, the two due days and ResolvedOn are WIB days, so "overdue" and "resolved on time" are comparisons of
-- stored days (no date function of either engine). FirstResponseMinutes and ResolutionMinutes are the elapsed
-- minutes, kept for the medians. SubmissionId is the public form's idempotency key (staff entries get a fresh one).
CREATE TABLE Complaints (
    Id                    TEXT NOT NULL PRIMARY KEY,
    TenantId              TEXT NOT NULL REFERENCES Tenants(Id),
    ServiceUnitId         TEXT NOT NULL REFERENCES ServiceUnits(Id),
    SubmissionId          TEXT NOT NULL,
    TrackingCode          TEXT NOT NULL,
    Channel               TEXT NOT NULL,
    Type                  TEXT NOT NULL,
    Status                TEXT NOT NULL,
    Category              TEXT NULL,
    Text                  TEXT NOT NULL,
    ExternalReference     TEXT NULL,
    ReporterName          TEXT NULL,
    ReporterContact       TEXT NULL,
    NeedsFieldCheck       INTEGER NOT NULL DEFAULT 0,
    ReceivedAt            TEXT NOT NULL,
    ReceivedOn            TEXT NOT NULL,
    FirstResponseDue      TEXT NOT NULL,
    ResolutionDue         TEXT NOT NULL,
    FirstResponseAt       TEXT NULL,
    FirstResponseMinutes  INTEGER NULL,
    ResolvedAt            TEXT NULL,
    ResolvedOn            TEXT NULL,
    ResolutionMinutes     INTEGER NULL,
    Version               INTEGER NOT NULL DEFAULT 1,
    UpdatedAt             TEXT NOT NULL
);
CREATE UNIQUE INDEX UX_Complaints_Tenant_Submission ON Complaints(TenantId, SubmissionId);
CREATE UNIQUE INDEX UX_Complaints_Tenant_Tracking ON Complaints(TenantId, TrackingCode);
-- The board: newest first, by service unit, or the open ones by their deadline (the overdue filter).
CREATE INDEX IX_Complaints_Tenant_Received ON Complaints(TenantId, ReceivedOn);
CREATE INDEX IX_Complaints_Tenant_Unit_Received ON Complaints(TenantId, ServiceUnitId, ReceivedOn);
CREATE INDEX IX_Complaints_Tenant_Status_Due ON Complaints(TenantId, Status, ResolutionDue);

-- Every status change: who, when, and the text the reporter reads. Version is the complaint's after the change (1: received), the
-- history's order even when two changes share a timestamp.
CREATE TABLE ComplaintEvents (
    Id           TEXT NOT NULL PRIMARY KEY,
    TenantId     TEXT NOT NULL REFERENCES Tenants(Id),
    ComplaintId  TEXT NOT NULL REFERENCES Complaints(Id),
    Version      INTEGER NOT NULL,
    Status       TEXT NOT NULL,
    At           TEXT NOT NULL,
    Actor        TEXT NOT NULL,
    Response     TEXT NULL
);
CREATE INDEX IX_ComplaintEvents_Complaint ON ComplaintEvents(ComplaintId, Version);

-- Deadlines in working days; no row: the domain defaults (3, 5, 14, escalation 1).
CREATE TABLE ComplaintSettings (
    TenantId           TEXT NOT NULL PRIMARY KEY REFERENCES Tenants(Id),
    FirstResponseDays  INTEGER NOT NULL,
    ResolutionDays     INTEGER NOT NULL,
    FieldCheckDays     INTEGER NOT NULL,
    EscalateAfterDays  INTEGER NOT NULL,
    Version            INTEGER NOT NULL DEFAULT 1,
    UpdatedAt          TEXT NOT NULL
);
