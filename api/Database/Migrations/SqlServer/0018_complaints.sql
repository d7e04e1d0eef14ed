-- Citizen feedback, second slice (issue 9): complaints with working-day deadlines, their status history and the
-- tenant's deadline settings. Days are WIB days as ISO yyyy-MM-dd text.

-- ReceivedOn, the two due days and ResolvedOn are WIB days, so "overdue" and "resolved on time" are comparisons of
-- stored days (no date function of either engine). FirstResponseMinutes and ResolutionMinutes are the elapsed
-- minutes, kept for the medians. SubmissionId is the public form's idempotency key (staff entries get a fresh one).
CREATE TABLE Complaints (
    Id                    UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    TenantId              UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    ServiceUnitId         UNIQUEIDENTIFIER NOT NULL REFERENCES ServiceUnits(Id),
    SubmissionId          UNIQUEIDENTIFIER NOT NULL,
    TrackingCode          NVARCHAR(10) NOT NULL,
    Channel               NVARCHAR(20) NOT NULL,
    Type                  NVARCHAR(30) NOT NULL,
    Status                NVARCHAR(20) NOT NULL,
    Category              NVARCHAR(100) NULL,
    Text                  NVARCHAR(4000) NOT NULL,
    ExternalReference     NVARCHAR(100) NULL,
    ReporterName          NVARCHAR(200) NULL,
    ReporterContact       NVARCHAR(200) NULL,
    NeedsFieldCheck       BIT NOT NULL DEFAULT 0,
    ReceivedAt            DATETIMEOFFSET NOT NULL,
    ReceivedOn            DATE NOT NULL,
    FirstResponseDue      DATE NOT NULL,
    ResolutionDue         DATE NOT NULL,
    FirstResponseAt       DATETIMEOFFSET NULL,
    FirstResponseMinutes  INT NULL,
    ResolvedAt            DATETIMEOFFSET NULL,
    ResolvedOn            DATE NULL,
    ResolutionMinutes     INT NULL,
    Version               INT NOT NULL DEFAULT 1,
    UpdatedAt             DATETIMEOFFSET NOT NULL
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
    Id           UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    TenantId     UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    ComplaintId  UNIQUEIDENTIFIER NOT NULL REFERENCES Complaints(Id),
    Version      INT NOT NULL,
    Status       NVARCHAR(20) NOT NULL,
    At           DATETIMEOFFSET NOT NULL,
    Actor        NVARCHAR(200) NOT NULL,
    Response     NVARCHAR(2000) NULL
);
CREATE INDEX IX_ComplaintEvents_Complaint ON ComplaintEvents(ComplaintId, Version);

-- Deadlines in working days; no row: the domain defaults (3, 5, 14, escalation 1).
CREATE TABLE ComplaintSettings (
    TenantId           UNIQUEIDENTIFIER NOT NULL PRIMARY KEY REFERENCES Tenants(Id),
    FirstResponseDays  INT NOT NULL,
    ResolutionDays     INT NOT NULL,
    FieldCheckDays     INT NOT NULL,
    EscalateAfterDays  INT NOT NULL,
    Version            INT NOT NULL DEFAULT 1,
    UpdatedAt          DATETIMEOFFSET NOT NULL
);
