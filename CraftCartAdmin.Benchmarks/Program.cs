using BenchmarkDotNet.Running;

namespace CraftCartAdmin.Benchmarks;

/// <summary>
/// In a namespace on purpose: the app's own top-level <c>Program</c> lives in the global namespace, and the
/// benchmarks start it with <c>WebApplicationFactory&lt;global::Program&gt;</c>.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
