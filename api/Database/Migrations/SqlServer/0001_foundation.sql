-- Foundation: tenants, users, API keys, the organisation directory and the audit log.

CREATE TABLE Tenants (
    Id              UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    Code            NVARCHAR(20) NOT NULL,
    Name            NVARCHAR(200) NOT NULL,
    RegionCode      NVARCHAR(20) NOT NULL,
    ParentTenantId  UNIQUEIDENTIFIER NULL REFERENCES Tenants(Id),
    CreatedAt       DATETIMEOFFSET NOT NULL
);
CREATE UNIQUE INDEX UX_Tenants_Code ON Tenants(Code);
CREATE UNIQUE INDEX UX_Tenants_RegionCode ON Tenants(RegionCode);

CREATE TABLE Units (
    Id          UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    TenantId    UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    ParentId    UNIQUEIDENTIFIER NULL REFERENCES Units(Id),
    Code        NVARCHAR(50) NOT NULL,
    Name        NVARCHAR(200) NOT NULL,
    Path        NVARCHAR(800) NOT NULL,
    Depth       INT NOT NULL,
    IsActive    BIT NOT NULL DEFAULT 1,
    Version     INT NOT NULL DEFAULT 1,
    CreatedAt   DATETIMEOFFSET NOT NULL,
    UpdatedAt   DATETIMEOFFSET NOT NULL
);
CREATE UNIQUE INDEX UX_Units_Tenant_Code ON Units(TenantId, Code);
CREATE INDEX IX_Units_Tenant_Path ON Units(TenantId, Path);
CREATE INDEX IX_Units_Tenant_Parent ON Units(TenantId, ParentId);
CREATE INDEX IX_Units_Tenant_Name ON Units(TenantId, Name);

CREATE TABLE Users (
    Id            UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    TenantId      UNIQUEIDENTIFIER NULL REFERENCES Tenants(Id),
    Username      NVARCHAR(100) NOT NULL,
    DisplayName   NVARCHAR(200) NULL,
    PasswordHash  NVARCHAR(400) NOT NULL,
    Role          NVARCHAR(30) NOT NULL,
    UnitId        UNIQUEIDENTIFIER NULL REFERENCES Units(Id),
    IsActive      BIT NOT NULL DEFAULT 1,
    CreatedAt     DATETIMEOFFSET NOT NULL
);
CREATE UNIQUE INDEX UX_Users_Username ON Users(Username);
CREATE INDEX IX_Users_Tenant ON Users(TenantId);

CREATE TABLE ApiKeys (
    Id          UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    TenantId    UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    Name        NVARCHAR(100) NOT NULL,
    Prefix      NVARCHAR(20) NOT NULL,
    KeyHash     NVARCHAR(100) NOT NULL,
    Scopes      NVARCHAR(100) NOT NULL,
    CreatedBy   NVARCHAR(100) NOT NULL,
    CreatedAt   DATETIMEOFFSET NOT NULL,
    ExpiresAt   DATETIMEOFFSET NULL,
    RevokedAt   DATETIMEOFFSET NULL
);
CREATE UNIQUE INDEX UX_ApiKeys_Prefix ON ApiKeys(Prefix);
CREATE INDEX IX_ApiKeys_Tenant_Created ON ApiKeys(TenantId, CreatedAt);

CREATE TABLE Positions (
    Id               UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    TenantId         UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    UnitId           UNIQUEIDENTIFIER NOT NULL REFERENCES Units(Id),
    Code             NVARCHAR(50) NOT NULL,
    Name             NVARCHAR(200) NOT NULL,
    Type             NVARCHAR(30) NOT NULL,
    ManagerialLevel  INT NOT NULL,
    IsActive         BIT NOT NULL DEFAULT 1,
    Version          INT NOT NULL DEFAULT 1,
    CreatedAt        DATETIMEOFFSET NOT NULL,
    UpdatedAt        DATETIMEOFFSET NOT NULL
);
CREATE UNIQUE INDEX UX_Positions_Tenant_Code ON Positions(TenantId, Code);
CREATE INDEX IX_Positions_Tenant_Unit ON Positions(TenantId, UnitId);
CREATE INDEX IX_Positions_Tenant_Type ON Positions(TenantId, Type);
CREATE INDEX IX_Positions_Tenant_Name ON Positions(TenantId, Name);

CREATE TABLE Employees (
    Id              UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    TenantId        UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    Nip             NVARCHAR(18) NOT NULL,
    Name            NVARCHAR(200) NOT NULL,
    EmploymentType  NVARCHAR(10) NOT NULL,
    Sex             NVARCHAR(10) NOT NULL,
    BirthDate       DATE NOT NULL,
    Rank            NVARCHAR(10) NULL,
    PositionId      UNIQUEIDENTIFIER NULL REFERENCES Positions(Id),
    UnitId          UNIQUEIDENTIFIER NOT NULL REFERENCES Units(Id),
    IsActive        BIT NOT NULL DEFAULT 1,
    Version         INT NOT NULL DEFAULT 1,
    CreatedAt       DATETIMEOFFSET NOT NULL,
    UpdatedAt       DATETIMEOFFSET NOT NULL
);
CREATE UNIQUE INDEX UX_Employees_Tenant_Nip ON Employees(TenantId, Nip);
CREATE INDEX IX_Employees_Tenant_Unit ON Employees(TenantId, UnitId);
CREATE INDEX IX_Employees_Tenant_Position ON Employees(TenantId, PositionId);
CREATE INDEX IX_Employees_Tenant_Name ON Employees(TenantId, Name);

CREATE TABLE AuditLog (
    Id          BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    TenantId    UNIQUEIDENTIFIER NULL,
    At          DATETIMEOFFSET NOT NULL,
    Actor       NVARCHAR(100) NOT NULL,
    Action      NVARCHAR(100) NOT NULL,
    EntityType  NVARCHAR(50) NOT NULL,
    EntityId    NVARCHAR(50) NULL,
    Data        NVARCHAR(MAX) NULL
);
CREATE INDEX IX_AuditLog_Tenant_At ON AuditLog(TenantId, At);
CREATE INDEX IX_AuditLog_Tenant_Entity ON AuditLog(TenantId, EntityType, EntityId);
GO

-- The audit log is append-only: the database itself refuses changes.
CREATE TRIGGER TR_AuditLog_AppendOnly ON AuditLog INSTEAD OF UPDATE, DELETE
AS BEGIN THROW 50001, 'AuditLog is append-only', 1; END;
