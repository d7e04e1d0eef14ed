using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using AsnApi.Contracts;

namespace AsnApi.BrowserTests;

/// <summary>
/// scripts/import.sh (curl + jq) against the dashboard host's real port, as an HR unit runs it with an import key:
/// a file with a bad row stops after the dry run with exit code 2 and the row in its output, nothing written; the
/// fixed file is imported; the same file again is all unchanged. Skipped where bash, curl or jq is missing.
/// </summary>
[Collection(DashboardCollection.Name)]
public class ImportScriptTests(DashboardHost host)
{
    private static bool Has(string tool) =>
        Environment.GetEnvironmentVariable("PATH")!.Split(':').Any(d => File.Exists(Path.Combine(d, tool)));

    private async Task<(int Code, string Output)> Run(string key, string kind, string file, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(DashboardHost.RepoRoot(), "scripts", "import.sh"), kind, file }.Concat(args)) start.ArgumentList.Add(a);
        start.Environment["ASNAPI_KEY"] = key;
        start.Environment["ASNAPI_URL"] = host.BaseUrl;
        using var p = Process.Start(start)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        return (p.ExitCode, await output + await error);
    }

    private static async Task<int> Count(HttpClient admin, string code) =>
        (await admin.GetFromJsonAsync<Paged<UnitResponse>>("/api/v1/units?pageSize=500", PageChecks.Json))!.Items.Count(u => u.Code.StartsWith(code, StringComparison.Ordinal));

    [SkippableFact]
    public async Task The_script_stops_on_a_rejected_row_then_imports_the_fixed_file_once()
    {
        Skip.If(host.Unavailable is not null, "Skipped: " + host.Unavailable);
        Skip.IfNot(Has("bash") && Has("curl") && Has("jq"), "bash, curl and jq are needed");
        var admin = await host.ApiAs("admin@jmb");
        var created = await admin.PostAsJsonAsync("/api/v1/api-keys", new CreateApiKeyRequest { Name = "skrip impor", Scopes = [ApiKeyScope.Import] }, PageChecks.Json);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var key = (await created.Content.ReadFromJsonAsync<CreatedApiKeyResponse>(PageChecks.Json))!.Secret;
        var parent = (await admin.GetFromJsonAsync<Paged<UnitResponse>>("/api/v1/units?pageSize=1", PageChecks.Json))!.Items[0];
        var code = "SKRIP" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

        var dir = Directory.CreateTempSubdirectory("asnapi-script").FullName;
        var file = Path.Combine(dir, "unit.csv");
        await File.WriteAllTextAsync(file, $"Kode Unit;Nama Unit;Kode Unit Induk\r\n{code};Bagian Skrip;{parent.Code}\r\n{code}2;;{parent.Code}\r\n");
        var (failed, failedOutput) = await Run(key, "units", file);
        Assert.True(failed == 2, failedOutput);
        Assert.Contains("rejected 1", failedOutput);
        Assert.Contains("  3\t", failedOutput); // the bad row, as a spreadsheet numbers it
        Assert.Equal(0, await Count(admin, code));

        await File.WriteAllTextAsync(file, $"Kode Unit;Nama Unit;Kode Unit Induk\r\n{code};Bagian Skrip;{parent.Code}\r\n{code}2;Bagian Skrip Dua;{parent.Code}\r\n");
        var (ok, okOutput) = await Run(key, "units", file);
        Assert.True(ok == 0, okOutput);
        Assert.Contains("inserted 2", okOutput);
        Assert.Equal(2, await Count(admin, code));

        var (again, againOutput) = await Run(key, "units", file);
        Assert.True(again == 0, againOutput);
        Assert.Contains("unchanged 2", againOutput);
    }
}
