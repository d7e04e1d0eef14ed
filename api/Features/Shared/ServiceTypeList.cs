using System.Text.Json;

namespace AsnApi.Features.Shared;

/// <summary>A service unit's service types, stored as one JSON array (at most 20 short strings, read and written whole).</summary>
public static class ServiceTypeList
{
    public static string ToJson(IEnumerable<string> types) => JsonSerializer.Serialize(types);

    public static IReadOnlyList<string> Parse(string json) => JsonSerializer.Deserialize<List<string>>(json) ?? [];
}
