using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CraftCartAdmin.Tests.Support;

/// <summary>The app as its own process, as an operator runs it: its console captured, killable without a graceful stop.</summary>
public sealed class AppProcess : IDisposable
{
    private readonly Process process;

    public string BaseUrl { get; }
    public ConcurrentQueue<string> Output { get; } = new();

    private AppProcess(Process process, string baseUrl) => (this.process, BaseUrl) = (process, baseUrl);

    /// <summary>The built app (<c>dotnet CraftCartAdmin.dll</c>) from its output folder, with these extra arguments.</summary>
    public static AppProcess StartBuilt(IEnumerable<string> arguments)
    {
        var port = FreePort();
        var dll = Path.Combine(RepositoryRoot(), "CraftCartAdmin", "bin", BuildConfiguration(), "net10.0", "CraftCartAdmin.dll");
        Assert.True(File.Exists(dll), $"the app is built at {dll}");
        return Start("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}", .. arguments], Path.GetDirectoryName(dll)!, port);
    }

    /// <summary>
    /// Any command that starts the app listening on <paramref name="port"/>, in an environment without the
    /// test run's ASP.NET Core, .NET host and MSBuild settings, as a fresh shell would have it.
    /// </summary>
    public static AppProcess Start(string fileName, IEnumerable<string> arguments, string workingDirectory, int port)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        foreach (var name in info.Environment.Keys.Where(IsTestRunSetting).ToList()) info.Environment.Remove(name);
        var process = Process.Start(info)!;
        var app = new AppProcess(process, $"http://127.0.0.1:{port}");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) app.Output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) app.Output.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    public async Task WaitUntilHealthyAsync(TimeSpan? within = null)
    {
        using var client = new HttpClient();
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromMinutes(1));
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(process.HasExited, $"the app exited at start:\n{string.Join("\n", Output.TakeLast(40))}");
            try
            {
                if ((await client.GetAsync(BaseUrl + "/healthz")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException($"the app did not answer /healthz:\n{string.Join("\n", Output.TakeLast(40))}");
    }

    /// <summary>SIGKILL to the whole process tree: no graceful stop, no flushing.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited) Kill();
        process.Dispose();
    }

    private static bool IsTestRunSetting(string name) =>
        name.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
        || name is "DOTNET_ENVIRONMENT" or "DOTNET_HOST_PATH" or "VSTEST_HOST_DEBUG" or "TESTINGPLATFORM_DEFAULT_HOST";

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CraftCartAdmin.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("CraftCartAdmin.sln not found above the test output");
    }

    /// <summary>The configuration this test build uses (bin/&lt;Configuration&gt;/net10.0), so the app is the same build.</summary>
    private static string BuildConfiguration() =>
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
}
