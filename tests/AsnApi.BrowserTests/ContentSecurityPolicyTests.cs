using Microsoft.Playwright;

namespace AsnApi.BrowserTests;

/// <summary>The dashboard and Swagger UI work under their Content-Security-Policy: the browser reports no violation.</summary>
[Collection(DashboardCollection.Name)]
public class ContentSecurityPolicyTests(DashboardHost host)
{
    private const string Recorder = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
        """;

    private static async Task<List<string>> Violations(IPage page) =>
        [.. await page.EvaluateAsync<string[]>("() => window.__cspViolations")];

    [SkippableFact]
    public async Task The_dashboard_with_its_charts_runs_without_a_policy_violation()
    {
        Skip.If(host.Unavailable is not null, "Browser tests skipped: " + host.Unavailable);
        var page = await host.Browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        page.SetDefaultTimeout(15_000);
        await page.AddInitScriptAsync(Recorder);
        var console = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) console.Add(m.Text); };

        var response = await page.GotoAsync(host.BaseUrl + "/");
        Assert.Contains("frame-ancestors 'none'", (await response!.AllHeadersAsync())["content-security-policy"]);
        await page.GetByTestId("login-username").FillAsync("admin@tpi");
        await page.GetByTestId("login-password").FillAsync("Demo#2026");
        await page.GetByTestId("login-submit").ClickAsync();
        await page.GetByTestId("employee-row").First.ClickAsync();
        await page.GetByTestId("competency-profile").WaitForAsync();
        await page.Locator("[role=img] svg").First.WaitForAsync();
        Assert.Empty(await Violations(page));

        await page.GotoAsync(host.BaseUrl + "/analitik");
        await page.Locator("[role=img] svg").First.WaitForAsync();
        Assert.Empty(await Violations(page));
        Assert.Empty(console);

        // The recorder does see a violation: an injected inline script is refused and reported.
        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.__injected = 1'; document.head.append(s); }");
        await page.WaitForFunctionAsync("() => window.__cspViolations.length > 0");
        Assert.False(await page.EvaluateAsync<bool>("() => window.__injected === 1"));
    }

    [SkippableFact]
    public async Task Swagger_ui_runs_without_a_policy_violation()
    {
        Skip.If(host.Unavailable is not null, "Browser tests skipped: " + host.Unavailable);
        var page = await host.Browser!.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        await page.AddInitScriptAsync(Recorder);
        await page.GotoAsync(host.BaseUrl + "/swagger/index.html");
        await page.Locator(".opblock").First.WaitForAsync();
        Assert.Empty(await Violations(page));
    }
}
