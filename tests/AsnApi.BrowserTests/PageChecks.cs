using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Playwright;

namespace AsnApi.BrowserTests;

/// <summary>What every browser walk checks the same way: screenshots, the problem a person reads, axe, and API calls with If-Match.</summary>
internal static class PageChecks
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>
    /// A new page in a browser context of its own (its own cookies and storage) at this size, not signed in: for the public
    /// forms, or to sign in later. <paramref name="clipboard"/> lets the page read and write the clipboard (copy buttons).
    /// Skips the test, with the reason, where there is no browser.
    /// </summary>
    public static async Task<IPage> NewPage(this DashboardHost host, int width = 1366, int height = 900, bool clipboard = false)
    {
        Skip.If(host.Unavailable is not null, "Browser tests skipped: " + host.Unavailable);
        var context = await host.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, AcceptDownloads = true });
        if (clipboard) await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new BrowserContextGrantPermissionsOptions { Origin = host.BaseUrl });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return page;
    }

    /// <summary>Signs in on the sign-in form the page shows (reached directly or by a redirect that returns to the address asked for).</summary>
    public static async Task SignIn(IPage page, string user)
    {
        await page.GetByTestId("login-username").FillAsync(user);
        await page.GetByTestId("login-password").FillAsync("Demo#2026");
        await page.GetByTestId("login-submit").ClickAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Keluar" }).WaitForAsync(); // the signed-in shell
    }

    /// <summary>
    /// The one way a walk starts: a new page (<see cref="NewPage"/>) opened at <paramref name="path"/>, which asks for the
    /// sign-in, signed in as <paramref name="user"/> (every demo account has the same password) and returned to that path.
    /// </summary>
    public static async Task<IPage> SignedIn(this DashboardHost host, string user, string path = "/", int width = 1366, int height = 900, bool clipboard = false)
    {
        var page = await host.NewPage(width, height, clipboard);
        await page.GotoAsync(host.BaseUrl + path);
        await SignIn(page, user);
        return page;
    }

    public static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DashboardHost.Screenshots, name + ".png"), FullPage = true });

    public static async Task<string> Text(ILocator locator) => (await locator.InnerTextAsync()).Trim();

    /// <summary>The problem box inside <paramref name="scope"/> shows this status and title.</summary>
    public static async Task AssertProblem(ILocator scope, int status, string title) => await AssertProblemBox(scope.GetByTestId("problem"), status, title);

    /// <summary>This problem box shows this status and title.</summary>
    public static async Task AssertProblemBox(ILocator problem, int status, string title)
    {
        await problem.WaitForAsync();
        // An earlier answer's box stays until the answer to the next request replaces it: wait for this status (a
        // different one still fails, after the timeout, with both statuses in the message).
        await Assertions.Expect(problem).ToHaveAttributeAsync("data-status", status.ToString(), new LocatorAssertionsToHaveAttributeOptions { Timeout = 15_000 });
        Assert.Equal(title, await Text(problem.Locator(".problem-title")));
    }

    /// <summary>axe-core against what the page shows now: no serious or critical violation.</summary>
    public static async Task AssertAccessible(IPage page)
    {
        var axe = Path.Combine(DashboardHost.RepoRoot(), "client", "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(axe)) return; // the analytics test reports the skip; the rest of these walks still count
        if (!await page.EvaluateAsync<bool>("() => typeof axe !== 'undefined'")) await page.EvaluateAsync(await File.ReadAllTextAsync(axe) + "\n;undefined");
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { resultTypes: ['violations'] });
              return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, targets: v.nodes.slice(0, 5).map(n => n.target.join(' ')) }));
            }
            """);
        var violations = result.EnumerateArray().Select(v => v.ToString()).ToList();
        Assert.True(violations.Count == 0, $"axe on {page.Url}: " + string.Join("\n", violations));
    }

    public static HttpRequestMessage WithIfMatch(HttpMethod method, string url, object? body, int version)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body, body.GetType(), options: Json) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        return request;
    }
}
