using System.Text.Json.Nodes;

namespace AsnApi.IntegrationTests;

/// <summary>
/// openapi.json is the committed contract the TypeScript client is generated from. It must equal what the
/// API serves. To regenerate after an API change: ASNAPI_UPDATE_OPENAPI=1 dotnet test --filter OpenApiDrift
/// </summary>
[Collection(ApiCollection.Name)]
public class OpenApiDriftTests(ApiFactory api)
{
    public static string RepoFile(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AsnApi.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("AsnApi.sln not found above " + AppContext.BaseDirectory), name);
    }

    [Fact]
    public async Task The_committed_openapi_json_matches_the_live_document()
    {
        var live = JsonNode.Parse(await api.Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!;
        var pretty = live.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }).ReplaceLineEndings("\n") + "\n";
        var file = RepoFile("openapi.json");

        if (Environment.GetEnvironmentVariable("ASNAPI_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(file, pretty);
            return;
        }
        Assert.True(File.Exists(file), "openapi.json is missing. Generate it: ASNAPI_UPDATE_OPENAPI=1 dotnet test --filter OpenApiDrift");
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(file))!;
        Assert.True(JsonNode.DeepEquals(live, committed),
            "openapi.json differs from the API's live document. Regenerate it and the client: " +
            "ASNAPI_UPDATE_OPENAPI=1 dotnet test --filter OpenApiDrift, then dotnet build api (regenerates client/src/api).");
    }
}
