using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using System.Net.Http.Json;

namespace AsnApi.IntegrationTests;

/// <summary>
/// The responses are serialised from source-generated metadata (<see cref="ContractJson"/>): every contract type no
/// request body contains, and every page of them an endpoint returns, must be in it; no request type may be (their
/// text hygiene); and the JSON it describes must be the one the reflection resolver described before (same names,
/// order, types, required and conditional properties), so the contract is unchanged. Masking: here and PersonalDataTests.
/// </summary>
[Collection(ApiCollection.Name)]
public class ContractJsonTests(ApiFactory api)
{
    private static IEnumerable<Type> ContractClasses() =>
        typeof(Paged<>).Assembly.GetExportedTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } && !typeof(Attribute).IsAssignableFrom(t));

    private JsonSerializerOptions Http => api.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;

    [Fact]
    public void Every_response_class_and_every_page_an_endpoint_returns_has_generated_metadata()
    {
        var generated = ContractJson.Default;
        var read = ReadFromRequests();
        // A response that holds a request's type (CompetencyResponse's levels) stays out too: the generator would bring that type in.
        var missing = ContractClasses().Except(read).Where(t => !Reaches(t, read) && generated.GetTypeInfo(t) is null).Select(t => t.Name).ToList();

        var returned = ReturnedPages();
        Assert.Contains(typeof(Paged<EmployeeResponse>), returned);
        missing.AddRange(returned.Where(t => !Reaches(t, read) && generated.GetTypeInfo(t) is null).Select(t => $"Paged<{t.GetGenericArguments()[0].Name}>"));
        Assert.True(missing.Count == 0, "add to ContractJson: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_generated_metadata_describes_the_json_the_reflection_resolver_did()
    {
        var http = Http;
        var reflection = new JsonSerializerOptions(http) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        var differences = new List<string>();
        foreach (var type in ContractClasses().Concat(ReturnedPages()))
        {
            var mine = http.GetTypeInfo(type);
            var theirs = reflection.GetTypeInfo(type);
            var a = mine.Properties.Select(Describe).ToList();
            var b = theirs.Properties.Select(Describe).ToList();
            if (mine.Kind != theirs.Kind || !a.SequenceEqual(b))
                differences.Add($"{type.Name}: [{string.Join(", ", a)}] vs [{string.Join(", ", b)}]");
        }
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public async Task An_employee_reads_the_same_through_both_resolvers()
    {
        using var admin = await api.As("admin@tpi");
        var page = await admin.GetFromJsonAsync<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=3", Json.Options);
        var employee = page!.Items[0];
        // An admin sees whole NIPs: what the server wrote is what the reflection resolver without masking writes.
        var plain = new JsonSerializerOptions(Http) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        Assert.Equal(JsonSerializer.Serialize(employee, plain), await admin.GetStringAsync($"/api/v1/employees/{employee.Id}"));
        // Outside a request no one may see them: the modifiers mask the generated metadata as they masked the reflected one.
        var accessor = api.Services.GetRequiredService<IHttpContextAccessor>();
        var masked = new JsonSerializerOptions(Http)
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver().WithAddedModifier(PersonalData.JsonModifier(accessor)).WithAddedModifier(RequestText.JsonModifier),
        };
        var written = JsonSerializer.Serialize(page, Http);
        Assert.Equal(JsonSerializer.Serialize(page, masked), written);
        Assert.Contains(PersonalData.MaskNip(employee.Nip), written);
        Assert.DoesNotContain(employee.Nip, written);
    }

    private static bool Reaches(Type type, IReadOnlyCollection<Type> targets) => Contained(type).Any(targets.Contains);

    /// <summary>The contract classes a value of this type can contain, itself included.</summary>
    private static HashSet<Type> Contained(params IEnumerable<Type> roots)
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(roots);
        while (queue.TryDequeue(out var type))
        {
            if (type.IsArray) { queue.Enqueue(type.GetElementType()!); continue; }
            if (type.IsGenericType) foreach (var argument in type.GetGenericArguments()) queue.Enqueue(argument);
            if (type.Assembly != typeof(Paged<>).Assembly || !type.IsClass || !seen.Add(type)) continue;
            foreach (var property in type.GetProperties()) queue.Enqueue(property.PropertyType);
        }
        return seen;
    }

    /// <summary>Every contract type a request body can contain: the request-text hygiene wraps their setters, which generated metadata would not call.</summary>
    private List<Type> ReadFromRequests() =>
        Contained(api.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .SelectMany(e => e.Metadata.OfType<IAcceptsMetadata>()).Select(m => m.RequestType).OfType<Type>()).ToList();

    [Fact]
    public void No_type_a_request_body_can_contain_has_generated_metadata()
    {
        var read = ReadFromRequests();
        Assert.Contains(typeof(EmployeeRequest), read);
        var generated = read.Where(t => ContractJson.Default.GetTypeInfo(t) is not null).Select(t => t.Name).Order().ToList();
        Assert.True(generated.Count == 0, "remove from ContractJson (the request-text hygiene must see them):\n" + string.Join("\n", generated));
    }

    private List<Type> ReturnedPages() =>
        api.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .SelectMany(e => e.Metadata.OfType<IProducesResponseTypeMetadata>()).Select(m => m.Type)
            .Where(t => t is { IsGenericType: true } && t.GetGenericTypeDefinition() == typeof(Paged<>)).OfType<Type>().Distinct().ToList();

    private static string Describe(JsonPropertyInfo p) =>
        $"{p.Name}:{p.PropertyType.Name}{(p.IsRequired ? " required" : "")}{(p.Get is null ? " no-get" : "")}{(p.ShouldSerialize is null ? "" : " conditional")}";
}
