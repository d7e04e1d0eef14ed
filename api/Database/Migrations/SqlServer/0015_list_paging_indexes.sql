-- Paging at scale (issue 7): the first page of a list that grows with the tenant reads a page of an index, not the tenant.
-- Assessments, newest first (the default sort) and by cursor: the date descending, then the id, as ORDER BY compares them.
CREATE INDEX IX_Assessments_Tenant_On_Id ON Assessments(TenantId, AssessedOn DESC, Id);
-- The audit log, newest first by the order written (its id); with an entity filter IX_AuditLog_Tenant_Entity ends on the
-- clustered key (the id) too.
CREATE INDEX IX_AuditLog_Tenant_Id ON AuditLog(TenantId, Id);
-- Development plans, most recently changed first (the default sort).
CREATE INDEX IX_DevelopmentPlans_Tenant_Updated ON DevelopmentPlans(TenantId, UpdatedAt DESC, Id);
