namespace AsnApi.Contracts;

/// <summary>How an import treats rejected rows: <c>Atomic</c> writes all rows or none; <c>ValidOnly</c> writes the valid ones and reports the rest.</summary>
public enum ImportMode { Atomic, ValidOnly }

/// <summary>What a row did, or would do on a dry run.</summary>
public enum ImportOutcome { Inserted, Updated, Unchanged, Rejected }

/// <summary>One problem in a file: the row's number as a spreadsheet shows it (the header is row 1; for JSON, the item's position from 1), the column, and a message.</summary>
public sealed class ImportRowError
{
    public int Row { get; init; }
    public string Column { get; init; } = "";
    public string Message { get; init; } = "";
}

public sealed class ImportReport
{
    public string Kind { get; init; } = "";
    public ImportMode Mode { get; init; }
    public bool DryRun { get; init; }
    /// <summary>Whether anything was written: false on a dry run, and in atomic mode when a row was rejected.</summary>
    public bool Written { get; init; }
    public int Rows { get; init; }
    public int Inserted { get; init; }
    public int Updated { get; init; }
    public int Unchanged { get; init; }
    public int Rejected { get; init; }
    /// <summary>Columns of the file that the kind does not know; they make the file invalid rather than being ignored.</summary>
    public IReadOnlyList<string> UnknownColumns { get; init; } = [];
    public IReadOnlyList<ImportRowError> Errors { get; init; } = [];
}
