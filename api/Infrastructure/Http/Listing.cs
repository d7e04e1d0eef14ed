using AsnApi.Infrastructure.Database;
using FluentValidation;
using FluentValidation.Results;

namespace AsnApi.Infrastructure.Http;

/// <summary>Paging, sorting and text-search pieces shared by every list endpoint.</summary>
public static class Listing
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 500;
    /// <summary>
    /// page × pageSize may not exceed this: deeper pages are not a use case (filter instead), and
    /// the product of two large ints would wrap and answer page 1 labelled as another page.
    /// </summary>
    public const long MaxRowsReached = 1_000_000;
    /// <summary>A query-string value (search text, sort list, filter) longer than this is a mistake or an attack, not a query; see QueryLimits.</summary>
    public const int MaxQueryLength = 200;

    public static (int Page, int PageSize, int Skip) Paging(int? page, int? pageSize)
    {
        var p = page ?? 1;
        var size = pageSize ?? DefaultPageSize;
        var failures = new List<ValidationFailure>();
        if (p < 1) failures.Add(new("page", "Halaman dimulai dari 1."));
        if (size is < 1 or > MaxPageSize) failures.Add(new("pageSize", $"Ukuran halaman 1 sampai {MaxPageSize}."));
        if (failures.Count == 0 && (long)p * size > MaxRowsReached)
            failures.Add(new("page", $"Halaman terlalu jauh: halaman × ukuran halaman paling banyak {MaxRowsReached:N0}; persempit dengan filter.".Replace(',', '.')));
        if (failures.Count > 0) throw new ValidationException(failures);
        return (p, size, (p - 1) * size);
    }

    /// <summary>
    /// "name" sorts ascending, "-name" descending; keys map to SQL expressions. The id is always the
    /// last key so that paging is stable. An unknown key is a 422 that lists the allowed ones.
    /// </summary>
    public static string OrderBy(string? sort, IReadOnlyDictionary<string, string> columns, string defaultKey, string idColumn)
    {
        var parts = new List<string>();
        foreach (var raw in (string.IsNullOrWhiteSpace(sort) ? defaultKey : sort).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var desc = raw.StartsWith('-');
            var key = raw.TrimStart('-', '+');
            if (!columns.TryGetValue(key, out var column))
                throw new ValidationException([new ValidationFailure("sort", $"Urutan '{key}' tidak dikenal. Pilihan: {string.Join(", ", columns.Keys)} (awali dengan - untuk menurun).")]);
            parts.Add(column + (desc ? " DESC" : " ASC"));
        }
        parts.Add(idColumn + " ASC");
        return string.Join(", ", parts);
    }

    /// <summary>A LIKE pattern for "contains", with the user's wildcards escaped (use with ESCAPE '\').</summary>
    public static string? Contains(string? q) => string.IsNullOrWhiteSpace(q) ? null : "%" + EscapeLike(q.Trim()) + "%";

    public static string? StartsWith(string? q) => string.IsNullOrWhiteSpace(q) ? null : EscapeLike(q.Trim()) + "%";

    private static string EscapeLike(string s) => s.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_").Replace("[", "\\[");

    public static string Select(ISqlDialect d, string columns, string from, IEnumerable<string> where, string orderBy) =>
        $"SELECT {columns} FROM {from} WHERE {string.Join(" AND ", where)} ORDER BY {orderBy} {d.Paging}";

    public static string Count(string from, IEnumerable<string> where) =>
        $"SELECT COUNT(*) FROM {from} WHERE {string.Join(" AND ", where)}";

    public static Contracts.Paged<T> Page<T>(IReadOnlyList<T> items, int page, int pageSize, int total) =>
        new() { Items = items, Page = page, PageSize = pageSize, Total = total };
}

/// <summary>A field error discovered by a handler (it needed the database) in the same 422 shape as a validator's.</summary>
public static class Invalid
{
    public static ValidationException Field(string field, string message) => new([new ValidationFailure(field, message)]);
}
