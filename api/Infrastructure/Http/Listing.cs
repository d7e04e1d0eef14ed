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
    /// <summary>
    /// A cursor carries the last row's sort key, so it may be longer than other query values: 22 bytes, the sort,
    /// and a name of up to 200 characters (800 UTF-8 bytes), in base64: at most about 1,110 characters.
    /// </summary>
    public const int MaxCursorLength = 1200;

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

    public static Contracts.Paged<T> Page<T>(IReadOnlyList<T> items, int page, int pageSize, int? total, string? nextCursor = null) =>
        new() { Items = items, Page = page, PageSize = pageSize, Total = total, NextCursor = nextCursor };

    /// <summary>
    /// Whether to count the rows of the filter. Page-number callers get the total by default (a pager
    /// needs it, and it kept the contract); cursor callers do not (they had it with their first page,
    /// and skipping the COUNT is what keeps a deep walk as cheap as the first page).
    /// </summary>
    public static bool WantsTotal(bool? includeTotal, string? cursor) => includeTotal ?? string.IsNullOrEmpty(cursor);
}

/// <summary>
/// Keyset paging: an opaque cursor holding the sort, the last row's sort key and id, and the page number
/// it leads to. The next page is "after that key, then after that id" (the id is every sort's last key),
/// an index seek however deep, and a row inserted meanwhile neither repeats nor hides another.
/// The cursor is only compared, never trusted: anything that does not decode, or was made for another
/// sort, is a 422 on <c>cursor</c>.
/// </summary>
public static class Keyset
{
    public sealed record Cursor(int Page, string Sort, string Key, Guid Id);

    private const byte Format = 1;

    public static string Encode(Cursor c)
    {
        var sort = System.Text.Encoding.UTF8.GetBytes(c.Sort);
        var key = System.Text.Encoding.UTF8.GetBytes(c.Key);
        var bytes = new byte[1 + 4 + 16 + 1 + sort.Length + key.Length];
        bytes[0] = Format;
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(1), c.Page);
        c.Id.TryWriteBytes(bytes.AsSpan(5));
        bytes[21] = (byte)sort.Length;
        sort.CopyTo(bytes, 22);
        key.CopyTo(bytes, 22 + sort.Length);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The cursor, or a 422 on <c>cursor</c> when it is not one this API made for <paramref name="sort"/>.</summary>
    public static Cursor Decode(string raw, string sort)
    {
        try
        {
            var b64 = raw.Replace('-', '+').Replace('_', '/');
            var bytes = Convert.FromBase64String(b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '='));
            if (bytes.Length >= 22 && bytes[0] == Format && 22 + bytes[21] <= bytes.Length)
            {
                var page = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(1));
                var utf8 = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true);
                var cursor = new Cursor(page, utf8.GetString(bytes, 22, bytes[21]), utf8.GetString(bytes, 22 + bytes[21], bytes.Length - 22 - bytes[21]), new Guid(bytes.AsSpan(5, 16)));
                if (cursor.Page >= 2 && cursor.Sort == sort) return cursor;
                if (cursor.Page >= 2) throw Invalid.Field("cursor", "Kursor ini dibuat untuk urutan lain; mulai lagi dari halaman pertama dengan urutan ini.");
            }
        }
        catch (FormatException) { }
        catch (ArgumentException) { }
        throw Invalid.Field("cursor", "Kursor tidak valid; gunakan nextCursor dari halaman sebelumnya, atau mulai dari halaman pertama.");
    }

    /// <summary>"After the cursor's row" for a sort on one key then the id (ascending): the predicate reads @AfterKey and @AfterId.</summary>
    public static string After(string keyColumn, bool descending, string idColumn) =>
        $"({keyColumn} {(descending ? "<" : ">")} @AfterKey OR ({keyColumn} = @AfterKey AND {idColumn} > @AfterId))";

    /// <summary>"After the cursor's row" for a sort on a unique key alone (the audit log's id): the predicate reads @AfterKey.</summary>
    public static string AfterUnique(string keyColumn, bool descending) => $"{keyColumn} {(descending ? "<" : ">")} @AfterKey";

    /// <summary>The cursor's key read as what the sort compares; a key that does not parse is a 422 like any bad cursor.</summary>
    public static T Key<T>(Cursor cursor, Func<string, (bool Ok, T Value)> parse) =>
        parse(cursor.Key) is (true, var value) ? value
            : throw Invalid.Field("cursor", "Kursor tidak valid; gunakan nextCursor dari halaman sebelumnya, atau mulai dari halaman pertama.");
}

/// <summary>
/// How one list request pages, decided and checked once for every list that offers a cursor: by page number, or
/// after a <see cref="Keyset"/> cursor (only for the sorts in <c>keysetSorts</c>, never together with <c>page</c>).
/// The handler adds <see cref="Keyset.After"/> to its WHERE when <see cref="Cursor"/> is set, selects <see cref="Take"/> rows
/// (one more than a page: whether a next page exists, without counting), and gets the page and its
/// <c>nextCursor</c> from <see cref="Trim{T}"/>.
/// </summary>
public sealed record PageRequest(int Page, int Size, int Skip, Keyset.Cursor? Cursor, string Sort, bool Keyed)
{
    public static PageRequest From(int? page, int? pageSize, string? cursor, string? sort, string defaultSort, IReadOnlyCollection<string> keysetSorts)
    {
        var (number, size, skip) = Listing.Paging(page, pageSize);
        var key = string.IsNullOrWhiteSpace(sort) ? defaultSort : sort.Trim();
        var keyed = keysetSorts.Contains(key);
        Keyset.Cursor? after = null;
        if (!string.IsNullOrEmpty(cursor))
        {
            if (page is not null) throw Invalid.Field("page", "Kirim page atau cursor, bukan keduanya.");
            if (!keyed) throw Invalid.Field("cursor", $"Kursor hanya untuk urutan {string.Join(", ", keysetSorts)}.");
            after = Keyset.Decode(cursor, key);
            (number, skip) = (after.Page, 0);
        }
        return new(number, size, skip, after, key, keyed);
    }

    public int Take => Size + 1;
    public bool Descending => Sort.StartsWith('-');

    /// <summary>Whether to count: see <see cref="Listing.WantsTotal"/>.</summary>
    public bool WantsTotal(bool? includeTotal) => includeTotal ?? Cursor is null;

    /// <summary>The page's rows (the extra one dropped) and the cursor to the next page, from the last row's sort key and id.</summary>
    public (IReadOnlyList<T> Items, string? NextCursor) Trim<T>(IReadOnlyList<T> rows, Func<T, (string Key, Guid Id)> keyOf)
    {
        var items = rows.Count > Size ? rows.Take(Size).ToList() : rows;
        if (!Keyed || rows.Count <= Size) return (items, null);
        var (key, id) = keyOf(items[^1]);
        return (items, Keyset.Encode(new(Page + 1, Sort, key, id)));
    }
}

/// <summary>A field error discovered by a handler (it needed the database) in the same 422 shape as a validator's.</summary>
public static class Invalid
{
    public static ValidationException Field(string field, string message) => new([new ValidationFailure(field, message)]);
}
