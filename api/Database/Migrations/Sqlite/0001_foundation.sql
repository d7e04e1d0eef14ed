-- Foundation: tenants, users, API keys, the organisation directory and the audit log.
-- Guids are TEXT (lower-case), timestamps ISO 8601 UTC TEXT, dates yyyy-MM-dd TEXT, booleans 0/1.

CREATE TABLE Tenants (
    Id              TEXT NOT NULL PRIMARY KEY,
    Code            TEXT NOT NULL,
    Name            TEXT NOT NULL,
    RegionCode      TEXT NOT NULL,
    ParentTenantId  TEXT NULL REFERENCES Tenants(Id),
    CreatedAt       TEXT NOT NULL
);
CREATE UNIQUE INDEX UX_Tenants_Code ON Tenants(Code);
CREATE UNIQUE INDEX UX_Tenants_RegionCode ON Tenants(RegionCode);

CREATE TABLE Units (
    Id          TEXT NOT NULL PRIMARY KEY,
    TenantId    TEXT NOT NULL REFERENCES Tenants(Id),
    ParentId    TEXT NULL REFERENCES Units(Id),
    Code        TEXT NOT NULL,
    Name        TEXT NOT NULL,
    Path        TEXT NOT NULL COLLATE NOCASE,
    Depth       INTEGER NOT NULL,
    IsActive    INTEGER NOT NULL DEFAULT 1,
    Version     INTEGER NOT NULL DEFAULT 1,
    CreatedAt   TEXT NOT NULL,
    UpdatedAt   TEXT NOT NULL
);
CREATE UNIQUE INDEX UX_Units_Tenant_Code ON Units(TenantId, Code);
CREATE INDEX IX_Units_Tenant_Path ON Units(TenantId, Path);
CREATE INDEX IX_Units_Tenant_Parent ON Units(TenantId, ParentId);
CREATE INDEX IX_Units_Tenant_Name ON Units(TenantId, Name);

CREATE TABLE Users (
    Id            TEXT NOT NULL PRIMARY KEY,
    TenantId      TEXT NULL REFERENCES Tenants(Id),
    Username      TEXT NOT NULL,
    DisplayName   TEXT NULL,
    PasswordHash  TEXT NOT NULL,
    Role          TEXT NOT NULL,
    UnitId        TEXT NULL REFERENCES Units(Id),
    IsActive      INTEGER NOT NULL DEFAULT 1,
    CreatedAt     TEXT NOT NULL
);
CREATE UNIQUE INDEX UX_Users_Username ON Users(Username);
CREATE INDEX IX_Users_Tenant ON Users(TenantId);

CREATE TABLE ApiKeys (
    Id          TEXT NOT NULL PRIMARY KEY,
    TenantId    TEXT NOT NULL REFERENCES Tenants(Id),
    Name        TEXT NOT NULL,
    Prefix      TEXT NOT NULL,
    KeyHash     TEXT NOT NULL,
    Scopes      TEXT NOT NULL,
    CreatedBy   TEXT NOT NULL,
    CreatedAt   TEXT NOT NULL,
    ExpiresAt   TEXT NULL,
    RevokedAt   TEXT NULL
);
CREATE UNIQUE INDEX UX_ApiKeys_Prefix ON ApiKeys(Prefix);
CREATE INDEX IX_ApiKeys_Tenant_Created ON ApiKeys(TenantId, CreatedAt);

CREATE TABLE Positions (
    Id               TEXT NOT NULL PRIMARY KEY,
    TenantId         TEXT NOT NULL REFERENCES Tenants(Id),
    UnitId           TEXT NOT NULL REFERENCES Units(Id),
    Code             TEXT NOT NULL,
    Name             TEXT NOT NULL,
    Type             TEXT NOT NULL,
    ManagerialLevel  INTEGER NOT NULL,
    IsActive         INTEGER NOT NULL DEFAULT 1,
    Version          INTEGER NOT NULL DEFAULT 1,
    CreatedAt        TEXT NOT NULL,
    UpdatedAt        TEXT NOT NULL
);
CREATE UNIQUE INDEX UX_Positions_Tenant_Code ON Positions(TenantId, Code);
CREATE INDEX IX_Positions_Tenant_Unit ON Positions(TenantId, UnitId);
CREATE INDEX IX_Positions_Tenant_Type ON Positions(TenantId, Type);
CREATE INDEX IX_Positions_Tenant_Name ON Positions(TenantId, Name);

CREATE TABLE Employees (
    Id              TEXT NOT NULL PRIMARY KEY,
    TenantId        TEXT NOT NULL REFERENCES Tenants(Id),
    Nip             TEXT NOT NULL,
    Name            TEXT NOT NULL,
    EmploymentType  TEXT NOT NULL,
    Sex             TEXT NOT NULL,
    BirthDate       TEXT NOT NULL,
    Rank            TEXT NULL,
    PositionId      TEXT NULL REFERENCES Positions(Id),
    UnitId          TEXT NOT NULL REFERENCES Units(Id),
    IsActive        INTEGER NOT NULL DEFAULT 1,
    Version         INTEGER NOT NULL DEFAULT 1,
    CreatedAt       TEXT NOT NULL,
    UpdatedAt       TEXT NOT NULL
);
CREATE UNIQUE INDEX UX_Employees_Tenant_Nip ON Employees(TenantId, Nip);
CREATE INDEX IX_Employees_Tenant_Unit ON Employees(TenantId, UnitId);
CREATE INDEX IX_Employees_Tenant_Position ON Employees(TenantId, PositionId);
CREATE INDEX IX_Employees_Tenant_Name ON Employees(TenantId, Name);

CREATE TABLE AuditLog (
    Id          INTEGER PRIMARY KEY AUTOINCREMENT,
    TenantId    TEXT NULL,
    At          TEXT NOT NULL,
    Actor       TEXT NOT NULL,
    Action      TEXT NOT NULL,
    EntityType  TEXT NOT NULL,
    EntityId    TEXT NULL,
    Data        TEXT NULL
);
CREATE INDEX IX_AuditLog_Tenant_At ON AuditLog(TenantId, At);
CREATE INDEX IX_AuditLog_Tenant_Entity ON AuditLog(TenantId, EntityType, EntityId);

-- The audit log is append-only: the database itself refuses changes.
CREATE TRIGGER TR_AuditLog_NoUpdate BEFORE UPDATE ON AuditLog
BEGIN SELECT RAISE(ABORT, 'AuditLog is append-only'); END;
CREATE TRIGGER TR_AuditLog_NoDelete BEFORE DELETE ON AuditLog
BEGIN SELECT RAISE(ABORT, 'AuditLog is append-only'); END;
