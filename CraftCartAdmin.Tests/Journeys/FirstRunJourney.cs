using System.Diagnostics;
using System.Text.RegularExpressions;
using CraftCartAdmin.Tests.Support;
using Microsoft.Playwright;

namespace CraftCartAdmin.Tests.Journeys;

/// <summary>
/// A newcomer's first run, as the README tells it: a fresh clone, the README's own run command (only the
/// port changed so it cannot collide), the demo logins it prints, and each of them signs in to ホーム.
/// </summary>
public sealed partial class FirstRunJourney : IDisposable
{
    private readonly string clone = Path.Combine(Path.GetTempPath(), "craftcart-first-run", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_README_run_command_on_a_fresh_clone_brings_up_the_demo_and_every_printed_login_works()
    {
        Git(AppProcess.RepositoryRoot(), "clone", "--quiet", AppProcess.RepositoryRoot(), clone);
        var command = ReadmeRunCommand(File.ReadAllText(Path.Combine(clone, "README.md")));
        var port = AppProcess.FreePort();

        using var app = AppProcess.Start("bash", ["-c", "exec " + command.Replace(":5000", $":{port}")], clone, port);
        await app.WaitUntilHealthyAsync(within: TimeSpan.FromMinutes(8)); // restore and build come first

        Assert.True(File.Exists(Path.Combine(clone, "CraftCartAdmin", "data", "craftcart.db")), "the database is where the README says");
        var (logins, password) = PrintedLogins(app.Output.ToList());
        Assert.Equal(["管理者", "ショップオーナー", "スタッフ"], logins.Keys);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFixture.LaunchAsync(playwright);
        foreach (var (role, email) in logins)
        {
            var page = await BrowserFixture.SignedInPageAsync(browser, app.BaseUrl, email, password);
            await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("ホーム");
            await Assertions.Expect(page.GetByTestId("current-user")).ToContainTextAsync(role);
            await Assertions.Expect(page.GetByTestId("total-orders-value")).ToHaveTextAsync("300");
            if (role == "管理者")
                await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "first-run-home.png"), FullPage = true });
            await page.Context.CloseAsync();
        }
    }

    /// <summary>The first <c>dotnet run</c> line of the bash block under "## Run it".</summary>
    private static string ReadmeRunCommand(string readme)
    {
        var section = readme[readme.IndexOf("## Run it", StringComparison.Ordinal)..];
        var command = section.Split('\n').Select(line => line.Trim()).First(line => line.StartsWith("dotnet run", StringComparison.Ordinal));
        Assert.Contains("--urls http://127.0.0.1:5000", command);
        return command;
    }

    private static (Dictionary<string, string> Logins, string Password) PrintedLogins(IReadOnlyList<string> console)
    {
        var logins = new Dictionary<string, string>();
        foreach (var line in console)
            if (LoginLine().Match(line) is { Success: true } match) logins[match.Groups["role"].Value] = match.Groups["email"].Value;
        var password = console.Select(line => PasswordLine().Match(line)).FirstOrDefault(m => m.Success)?.Groups["password"].Value;
        Assert.True(password is not null, $"the console shows the demo password:\n{string.Join("\n", console.TakeLast(40))}");
        return (logins, password);
    }

    [GeneratedRegex(@"^\s*(?<role>管理者|ショップオーナー|スタッフ):\s+(?<email>\S+@\S+)\s*$")] private static partial Regex LoginLine();
    [GeneratedRegex(@"Password \(all three\):\s+(?<password>\S+)")] private static partial Regex PasswordLine();

    private static void Git(string workingDirectory, params string[] arguments)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = workingDirectory, RedirectStandardError = true };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var git = Process.Start(info)!;
        var error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(" ", arguments)}: {error}");
    }

    public void Dispose()
    {
        try { Directory.Delete(clone, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
