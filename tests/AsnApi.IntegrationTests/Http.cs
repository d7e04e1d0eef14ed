using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AsnApi.Contracts;

namespace AsnApi.IntegrationTests;

public static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}

public static class Http
{
    public static Task<HttpResponseMessage> Post<T>(this HttpClient c, string url, T body) => c.PostAsJsonAsync(url, body, Json.Options);

    public static Task<HttpResponseMessage> Put<T>(this HttpClient c, string url, T body, int? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body, options: Json.Options) };
        if (ifMatch is { } v) request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{v}\""));
        return c.SendAsync(request);
    }

    /// <summary>POST a state change (deactivate, submit, …) naming the version the caller last read.</summary>
    public static Task<HttpResponseMessage> PostIfMatch(this HttpClient c, string url, int? ifMatch, object? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = body is null ? null : JsonContent.Create(body, body.GetType(), options: Json.Options) };
        if (ifMatch is { } v) request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{v}\""));
        return c.SendAsync(request);
    }

    /// <summary>DELETE naming the version the caller last read.</summary>
    public static Task<HttpResponseMessage> DeleteIfMatch(this HttpClient c, string url, int? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, url);
        if (ifMatch is { } v) request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{v}\""));
        return c.SendAsync(request);
    }

    /// <summary>The version in the ETag of a GET, as a client reads it before a change (0 when the GET fails, e.g. another tenant's record).</summary>
    public static async Task<int> Version(this HttpClient c, string url)
    {
        var r = await c.GetAsync(url);
        return r.IsSuccessStatusCode && r.Headers.ETag is { } tag ? int.Parse(tag.Tag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>Reads the record, then PUTs with its ETag in If-Match: what a well-behaved client does.</summary>
    public static async Task<HttpResponseMessage> Update<T>(this HttpClient c, string url, T body) => await c.Put(url, body, await c.Version(url));

    /// <summary>Reads the record, then POSTs the step (e.g. "deactivate", "approve") with its ETag in If-Match.</summary>
    public static async Task<HttpResponseMessage> Step(this HttpClient c, string url, string step, object? body = null) =>
        await c.PostIfMatch($"{url}/{step}", await c.Version(url), body);

    public static async Task<T> Read<T>(this HttpResponseMessage r, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == expected, $"Expected {(int)expected} but got {(int)r.StatusCode}: {text}");
        return JsonSerializer.Deserialize<T>(text, Json.Options)!;
    }

    public static async Task<T> Get<T>(this HttpClient c, string url) => await (await c.GetAsync(url)).Read<T>();

    /// <summary>Asserts an RFC 9457 problem with this status and, when given, an error for each field.</summary>
    public static async Task<JsonObject> Problem(this HttpResponseMessage r, HttpStatusCode status, params string[] fields)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == status, $"Expected {(int)status} but got {(int)r.StatusCode}: {text}");
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.Equal((int)status, (int)problem["status"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["title"]));
        foreach (var field in fields)
            Assert.True(problem["errors"]?[field] is JsonArray { Count: > 0 }, $"Expected an error for '{field}' in {text}");
        return problem;
    }

    public static async Task<Guid> FirstId<T>(this HttpClient c, string url) where T : class =>
        (Guid)typeof(T).GetProperty("Id")!.GetValue((await c.Get<Paged<T>>(url)).Items[0])!;
}
