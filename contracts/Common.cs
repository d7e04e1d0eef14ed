namespace AsnApi.Contracts;

/// <summary>One page of a list, with the total count of matching rows.</summary>
public sealed class Paged<T>
{
    public required IReadOnlyList<T> Items { get; init; }
    public required int Page { get; init; }
    public required int PageSize { get; init; }
    /// <summary>Rows matching the filter; null when the caller asked for none (includeTotal=false, the default with a cursor).</summary>
    public required int? Total { get; init; }
    /// <summary>Opaque cursor for the page after this one (send it as cursor=); null on the last page or for sorts without keyset paging.</summary>
    public required string? NextCursor { get; init; }
}
