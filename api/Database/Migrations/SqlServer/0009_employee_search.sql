-- Name search by word prefix with an index: every word of every employee's name, accent- and
-- case-insensitive by its collation, so 'wij%' is an index seek. (Full-text search would need a
-- catalog outside the migration's transaction and populates asynchronously; this table is written
-- by the trigger in the writer's own transaction, so a change is searchable at once.)
-- SQLite has the equivalent in the FTS5 table EmployeeNameSearch.
CREATE TABLE EmployeeNameWords (
    TenantId    UNIQUEIDENTIFIER NOT NULL,
    EmployeeId  UNIQUEIDENTIFIER NOT NULL,
    Word        NVARCHAR(200) COLLATE Latin1_General_CI_AI NOT NULL,
    CONSTRAINT PK_EmployeeNameWords PRIMARY KEY (EmployeeId, Word)
);
CREATE INDEX IX_EmployeeNameWords_Tenant_Word ON EmployeeNameWords(TenantId, Word) INCLUDE (EmployeeId);

INSERT INTO EmployeeNameWords (TenantId, EmployeeId, Word)
SELECT DISTINCT e.TenantId, e.Id, s.value FROM Employees e CROSS APPLY STRING_SPLIT(e.Name, ' ') s WHERE s.value <> '';

CREATE INDEX IX_Employees_Tenant_Name_Id ON Employees(TenantId, Name, Id);
DROP INDEX IX_Employees_Tenant_Name ON Employees;
GO

CREATE TRIGGER TR_Employees_NameWords ON Employees AFTER INSERT, UPDATE, DELETE
AS BEGIN
    SET NOCOUNT ON;
    IF NOT EXISTS (SELECT 1 FROM inserted i FULL JOIN deleted d ON d.Id = i.Id WHERE i.Id IS NULL OR d.Id IS NULL OR i.Name <> d.Name OR i.TenantId <> d.TenantId) RETURN;
    DELETE w FROM EmployeeNameWords w JOIN deleted d ON d.Id = w.EmployeeId;
    INSERT INTO EmployeeNameWords (TenantId, EmployeeId, Word)
    SELECT DISTINCT i.TenantId, i.Id, s.value FROM inserted i CROSS APPLY STRING_SPLIT(i.Name, ' ') s WHERE s.value <> '';
END;
