using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace AsnApi.IntegrationTests;

/// <summary>A host in another environment or with other settings than the shared fixture.</summary>
public sealed class SettingsFactory(string environment, Dictionary<string, string?> settings) : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }
}

public class SecurityHostingTests
{
    [Theory]
    [InlineData("Production", null, HttpStatusCode.NotFound)]
    [InlineData("Production", "true", HttpStatusCode.OK)]
    [InlineData("Development", null, HttpStatusCode.OK)]
    [InlineData("Development", "false", HttpStatusCode.NotFound)]
    public async Task Swagger_is_off_in_production_unless_switched_on(string environment, string? setting, HttpStatusCode expected)
    {
        var settings = new Dictionary<string, string?>();
        if (setting is not null) settings["Api:Swagger"] = setting;
        await using var api = new SettingsFactory(environment, settings);
        var client = api.Anonymous();
        Assert.Equal(expected, (await client.GetAsync("/swagger/v1/swagger.json")).StatusCode);
        Assert.Equal(expected, (await client.GetAsync("/swagger/index.html")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }
}
