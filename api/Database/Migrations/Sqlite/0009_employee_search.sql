-- Name search through FTS5 instead of a scan with LIKE '%…%': an external-content index over
-- Employees.Name (no second copy of the names), case- and diacritics-insensitive, queried with
-- word prefixes ("and* wij*") for type-ahead. The triggers keep it in step with every write to
-- Employees inside the writer's own transaction, so a new or renamed employee (also by import)
-- is searchable at once. SQL Server has the equivalent in EmployeeNameWords.
CREATE VIRTUAL TABLE EmployeeNameSearch USING fts5(
    Name, content='Employees', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
INSERT INTO EmployeeNameSearch(EmployeeNameSearch) VALUES ('rebuild');

CREATE TRIGGER TR_Employees_Search_Insert AFTER INSERT ON Employees BEGIN
    INSERT INTO EmployeeNameSearch(rowid, Name) VALUES (new.rowid, new.Name);
END;
CREATE TRIGGER TR_Employees_Search_Update AFTER UPDATE OF Name ON Employees BEGIN
    INSERT INTO EmployeeNameSearch(EmployeeNameSearch, rowid, Name) VALUES ('delete', old.rowid, old.Name);
    INSERT INTO EmployeeNameSearch(rowid, Name) VALUES (new.rowid, new.Name);
END;
CREATE TRIGGER TR_Employees_Search_Delete AFTER DELETE ON Employees BEGIN
    INSERT INTO EmployeeNameSearch(EmployeeNameSearch, rowid, Name) VALUES ('delete', old.rowid, old.Name);
END;

-- The default sort (name, then the id tiebreak) read straight from the index, no sort step.
CREATE INDEX IX_Employees_Tenant_Name_Id ON Employees(TenantId, Name, Id);
DROP INDEX IX_Employees_Tenant_Name;
