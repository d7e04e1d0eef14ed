-- The audit page filters by who acted and by entity type, newest first by id (ListAudit): each filter with the order it pages in.
-- (By date range the id order of IX_AuditLog_Tenant_Id serves; by record, IX_AuditLog_Tenant_Entity.)
CREATE INDEX IX_AuditLog_Tenant_Actor_Id ON AuditLog(TenantId, Actor, Id);
CREATE INDEX IX_AuditLog_Tenant_Type_Id ON AuditLog(TenantId, EntityType, Id);
