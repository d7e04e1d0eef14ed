using System.Diagnostics;

namespace AsnApi.UnitTests;

/// <summary>The C# keeps the whitespace conventions of .editorconfig, so diffs show changes, not reformatting.</summary>
public class FormattingTests
{
    [Fact]
    public async Task The_code_follows_the_editorconfig_whitespace()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "AsnApi.sln"))) root = root.Parent;
        Assert.NotNull(root);
        // Folder mode reads no project and builds nothing: about two seconds for the whole tree.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = root.FullName, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var arg in new[] { "format", "whitespace", "--folder", "--verify-no-changes", "--verbosity", "quiet", "--exclude", "**/bin/**", "**/obj/**", "client/**" })
            start.ArgumentList.Add(arg);
        using var format = Process.Start(start)!;
        var output = format.StandardOutput.ReadToEndAsync();
        var errors = format.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await format.WaitForExitAsync(timeout.Token);
        Assert.True(format.ExitCode == 0,
            $"Whitespace differs from .editorconfig; run `dotnet format whitespace --folder` at the repository root.\n{await output}\n{await errors}");
    }
}
