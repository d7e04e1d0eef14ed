-- Rollups of the JP ledger (issue 8), the pattern of migration 0008: what the tenant and sub-tree ledger read, kept
-- with its inputs, so a request reads a few rows per unit whatever the tenant's headcount. Kept by
-- Features/Shared/JpLedgerRollups.cs, in the transaction of the command that credits, takes back or moves.

-- Per employee and year: the JP earned and the classroom (klasikal) part of it, from JpLedgerEntries. Every employee,
-- active or not (it describes the person, not a unit); only years with a credit are stored.
CREATE TABLE JpEmployeeYears (
    TenantId     UNIQUEIDENTIFIER NOT NULL,
    EmployeeId   UNIQUEIDENTIFIER NOT NULL,
    Year         INT NOT NULL,
    EarnedJp     INT NOT NULL,
    ClassroomJp  INT NOT NULL,
    PRIMARY KEY (TenantId, EmployeeId, Year)
);

-- Active employees with a credit per unit × position type ('' without one) × employment type × year × JP earned.
-- "Reached the target" is the count of rows at or above the type's target, so a target change needs no refresh;
-- the values are bounded by what people earn in a year, not by headcount. Employees without a credit are the
-- HeadcountRollups population minus these.
CREATE TABLE JpRollups (
    TenantId        UNIQUEIDENTIFIER NOT NULL,
    UnitId          UNIQUEIDENTIFIER NOT NULL,
    PositionType    NVARCHAR(30) NOT NULL,
    EmploymentType  NVARCHAR(20) NOT NULL,
    Year            INT NOT NULL,
    EarnedJp        INT NOT NULL,
    Employees       INT NOT NULL,
    PRIMARY KEY (TenantId, UnitId, PositionType, EmploymentType, Year, EarnedJp)
);
CREATE INDEX IX_JpRollups_Tenant_Year ON JpRollups(TenantId, Year, UnitId);

-- JP of active employees per unit × position type × year × form of development (the 10:20:70 split).
CREATE TABLE JpFormRollups (
    TenantId      UNIQUEIDENTIFIER NOT NULL,
    UnitId        UNIQUEIDENTIFIER NOT NULL,
    PositionType  NVARCHAR(30) NOT NULL,
    Year          INT NOT NULL,
    Form          NVARCHAR(50) NOT NULL,
    Jp            INT NOT NULL,
    PRIMARY KEY (TenantId, UnitId, PositionType, Year, Form)
);
CREATE INDEX IX_JpFormRollups_Tenant_Year ON JpFormRollups(TenantId, Year, UnitId);

-- The below-target list pages active employees of a sub-tree by name: the same (TenantId, UnitId) and name indexes
-- as the employee list; each row's year is one primary-key seek above.
