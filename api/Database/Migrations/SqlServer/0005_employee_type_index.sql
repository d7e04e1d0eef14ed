-- The employee list filters by employment type (PNS/PPPK) within a tenant.
CREATE INDEX IX_Employees_Tenant_EmploymentType ON Employees(TenantId, EmploymentType);
