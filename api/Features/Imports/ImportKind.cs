using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using FluentValidation.Results;

namespace AsnApi.Features.Imports;

/// <summary>Messages in Indonesian, or English when the caller's first Accept-Language is English.</summary>
public sealed class ImportText(bool english)
{
    public bool English { get; } = english;
    public string T(string indonesian, string en) => English ? en : indonesian;

    public static ImportText From(HttpRequest request) => new(RequestLanguage.IsEnglish(request));
}

/// <summary>A column a kind reads: its name in the contract (as JSON and the English template spell it) and the other headers that mean it.</summary>
public sealed record ImportColumn(string Name, string Indonesian, bool Required, string Example, params string[] Aliases)
{
    public IEnumerable<string> Keys => new[] { Name, Indonesian }.Concat(Aliases).Select(ImportValues.HeaderKey);
}

/// <summary>What one row would do, and how to do it; the engine writes only when the whole plan allows.</summary>
public sealed record ImportPlan(int Row, ImportOutcome Outcome, Func<CancellationToken, Task>? Write = null);

/// <summary>Everything a kind needs while it checks and plans one file.</summary>
public sealed class ImportContext(Db db, Guid tenantId, DateTimeOffset now, ImportText text, string actor)
{
    /// <summary>Who imports, for records that name their author (an assessment's CreatedBy).</summary>
    public string Actor { get; } = actor;
    public Db Db { get; } = db;
    public Guid TenantId { get; } = tenantId;
    public DateTimeOffset Now { get; } = now;
    public ImportText Text { get; } = text;
    public List<ImportRowError> Errors { get; } = [];
    /// <summary>Ids whose read models a kind refreshes after its writes (positions, employees; for employees: the updated ones).</summary>
    public HashSet<Guid> Touched { get; } = [];
    /// <summary>Ids a kind creates (new employees), for read models that a new record changes although it has no history yet.</summary>
    public HashSet<Guid> Created { get; } = [];
    /// <summary>Units whose rollups a kind refreshes after its writes besides those its <see cref="Touched"/> ids are in (units left, units joined by new records).</summary>
    public HashSet<Guid> Units { get; } = [];
    /// <summary>The first and last day written per id, for read models kept by day (a service unit's survey rollups).</summary>
    public Dictionary<Guid, (DateOnly From, DateOnly To)> Spans { get; } = [];
    /// <summary>What a kind opened for its writes (prepared commands), disposed when the import ends.</summary>
    public List<IDisposable> Owned { get; } = [];
}

/// <summary>The import's one instant for validators that ask a clock, so a whole file is judged at the same moment.</summary>
public sealed class ImportClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>One row with its cells by column name; errors found while reading it are collected against its number.</summary>
public sealed class ImportRowReader(ImportContext ctx, ImportTable.Row row, IReadOnlyDictionary<string, int> columns)
{
    public int Number => row.Number;
    public bool HasErrors { get; private set; }

    /// <summary>The cell, trimmed and through the same text hygiene as JSON bodies; null when empty or absent.</summary>
    public string? Text(string column, int maxLength = 200) => Read(column, maxLength, multiLine: false);

    /// <summary>Like <see cref="Text"/>, for free text that may hold line breaks and tabs (a suggestion, a note).</summary>
    public string? TextLines(string column, int maxLength) => Read(column, maxLength, multiLine: true);

    private string? Read(string column, int maxLength, bool multiLine)
    {
        if (!columns.TryGetValue(column, out var i) || i >= row.Cells.Length) return null;
        var raw = row.Cells[i];
        if (string.IsNullOrWhiteSpace(raw)) return null;
        string? value;
        try { value = RequestText.Clean(raw, multiLine); }
        catch (RequestText.UnsafeTextException e) { Error(column, ImportMessages.Of(e.Message, ctx.Text)); return null; }
        if (value!.Length > maxLength)
        {
            Error(column, ctx.Text.T($"Paling banyak {maxLength} karakter.", $"At most {maxLength} characters."));
            return null;
        }
        return value;
    }

    public DateOnly? Date(string column)
    {
        var v = Text(column, 30);
        if (v is null) return null;
        if (ImportValues.TryDate(v, out var d)) return d;
        Error(column, ctx.Text.T($"Tanggal '{v}' tidak dikenali; gunakan dd/MM/yyyy, dd-MM-yyyy atau yyyy-MM-dd.", $"Date '{v}' not recognised; use dd/MM/yyyy, dd-MM-yyyy or yyyy-MM-dd."));
        return null;
    }

    public decimal? Decimal(string column)
    {
        var v = Text(column, 30);
        if (v is null) return null;
        if (ImportValues.TryDecimal(v, out var d)) return d;
        Error(column, ctx.Text.T($"'{v}' bukan angka (gunakan koma atau titik desimal, tanpa pemisah ribuan).", $"'{v}' is not a number (use a decimal comma or point, no thousands separator)."));
        return null;
    }

    /// <summary>An enum by its name (any case) or one of the extra spellings people use in files (L/P, Laki-laki).</summary>
    public T? Enum<T>(string column, IReadOnlyDictionary<string, T>? extra = null) where T : struct, Enum
    {
        var v = Text(column, 30);
        if (v is null) return null;
        // By name only, as in bodies: Enum.TryParse would also take "1" or "99".
        if (System.Enum.GetNames<T>().FirstOrDefault(n => n.Equals(v, StringComparison.OrdinalIgnoreCase)) is { } name) return System.Enum.Parse<T>(name);
        if (extra is not null && extra.TryGetValue(ImportValues.HeaderKey(v), out var x)) return x;
        var names = string.Join(", ", System.Enum.GetNames<T>().Concat(extra?.Keys ?? []));
        Error(column, ctx.Text.T($"'{v}' tidak dikenal; pilih salah satu: {names}.", $"'{v}' is not known; use one of: {names}."));
        return null;
    }

    /// <summary>A NIP as typed (spaces allowed); Excel's scientific form is refused with the fix, since its last digits are gone.</summary>
    public string? Nip(string column)
    {
        var v = Text(column, 30);
        if (v is null) return null;
        if (ImportValues.IsScientificNumber(v))
        {
            Error(column, ctx.Text.T(
                $"NIP '{v}' tersimpan sebagai angka oleh Excel dan digit terakhirnya hilang. Format kolom NIP sebagai Teks (atau awali dengan tanda petik ') lalu ketik ulang NIP-nya.",
                $"NIP '{v}' was stored as a number by Excel and its last digits are lost. Format the NIP column as Text (or prefix it with an apostrophe ') and type the NIPs again."));
            return null;
        }
        return v;
    }

    private readonly HashSet<string> failed = [];

    /// <summary>Whether this row already has an error on the column (so a "required" would only repeat it).</summary>
    public bool Failed(string column) => failed.Contains(column);

    public void Error(string column, string message)
    {
        HasErrors = true;
        failed.Add(column);
        ctx.Errors.Add(new ImportRowError { Row = row.Number, Column = column, Message = message });
    }

    /// <summary>A single-record validator's failures, each on the column that carries its property.</summary>
    public void Errors(IEnumerable<ValidationFailure> failures, Func<string, string> columnOf)
    {
        // A cell that could not be read is already reported; the validator would only add "required" for it.
        foreach (var f in failures)
            if (columnOf(f.PropertyName) is var column && !failed.Contains(column)) Error(column, ImportMessages.Of(f, ctx.Text));
    }
}

/// <summary>One kind of import: its columns, how it checks a file and what it plans for each row, and what follows the writes.</summary>
public abstract class ImportKind
{
    public abstract string Name { get; }
    public abstract IReadOnlyList<ImportColumn> Columns { get; }
    public abstract Task<IReadOnlyList<ImportPlan>> Plan(ImportContext ctx, IReadOnlyList<ImportRowReader> rows, CancellationToken ct);
    /// <summary>Keeps read models exact after the rows are written (e.g. CompetencyFacts).</summary>
    public virtual Task AfterWrite(ImportContext ctx, CancellationToken ct) => Task.CompletedTask;
    /// <summary>The subject the audit entry names.</summary>
    public abstract string AuditEntity { get; }
}
