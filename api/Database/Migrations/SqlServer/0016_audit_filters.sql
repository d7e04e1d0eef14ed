-- The audit page filters by who acted and by entity type, newest first: each filter with the order it pages in.
-- (By date range alone IX_AuditLog_Tenant_At serves; by record, IX_AuditLog_Tenant_Entity.)
CREATE INDEX IX_AuditLog_Tenant_Actor_At ON AuditLog(TenantId, Actor, At);
CREATE INDEX IX_AuditLog_Tenant_Type_At ON AuditLog(TenantId, EntityType, At);
