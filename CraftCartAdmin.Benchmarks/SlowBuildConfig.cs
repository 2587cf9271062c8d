using BenchmarkDotNet.Configs;

namespace CraftCartAdmin.Benchmarks;

/// <summary>
/// BenchmarkDotNet builds a boilerplate project that compiles the whole app again; on a 2-core machine that can
/// pass the default 2-minute build timeout, which fails the run with "The configured timeout 00:02:00 was reached".
/// </summary>
public sealed class SlowBuildConfig : ManualConfig
{
    public SlowBuildConfig() => WithBuildTimeout(TimeSpan.FromMinutes(10));
}
