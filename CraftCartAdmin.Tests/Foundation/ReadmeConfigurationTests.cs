using System.Reflection;
using System.Text.RegularExpressions;
using CraftCartAdmin.Infrastructure.Leases;
using CraftCartAdmin.Score;
using CraftCartAdmin.Score.Outbox;
using CraftCartAdmin.Score.Polling;
using CraftCartAdmin.ScoreSandbox;
using CraftCartAdmin.Tests.Support;

namespace CraftCartAdmin.Tests.Foundation;

/// <summary>
/// A newcomer's README says what each setting does: every key the app reads, found in its own source and
/// options classes (so a new setting cannot go undocumented), appears in README.md's Configuration.
/// </summary>
public sealed partial class ReadmeConfigurationTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(AppProcess.RepositoryRoot(), "README.md"));
    private static readonly string[] ReadmeLines = Readme.Split('\n');

    private static readonly (string Section, Type Options)[] OptionSections =
    [
        (ScoreClientOptions.SectionName, typeof(ScoreClientOptions)),
        (ScoreOutboxOptions.SectionName, typeof(ScoreOutboxOptions)),
        (HoldPollOptions.SectionName, typeof(HoldPollOptions)),
        (LeaseOptions.SectionName, typeof(LeaseOptions)),
        (SandboxOptions.SectionName, typeof(SandboxOptions)),
    ];

    [Fact]
    public void Every_key_read_directly_from_configuration_is_in_the_README()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(AppProcess.RepositoryRoot(), "CraftCartAdmin"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));
        var keys = sources.SelectMany(path => DirectKey().Matches(File.ReadAllText(path)))
            .Select(match => match.Groups["key"].Success ? match.Groups["key"].Value : $"ConnectionStrings:{match.Groups["connection"].Value}")
            .ToHashSet();

        Assert.Contains("Score:PollTimes", keys); // the scan itself works
        Assert.All(keys, key => Assert.True(Readme.Contains($"`{key}`"), $"README.md does not explain `{key}`"));
    }

    [Fact]
    public void Every_options_property_is_in_the_README()
    {
        foreach (var (section, type) in OptionSections)
        {
            foreach (var property in Settable(type))
            {
                if (IsSimple(property.PropertyType))
                {
                    Assert.True(Documented(section, property.Name), $"README.md does not explain `{section}:{property.Name}`");
                    continue;
                }
                var group = $"`{section}:{property.Name}:*`";
                var line = ReadmeLines.FirstOrDefault(l => l.Contains(group));
                Assert.True(line is not null, $"README.md does not explain {group}");
                Assert.All(Settable(property.PropertyType), nested => Assert.Contains($"`{nested.Name}`", line));
            }
        }
    }

    /// <summary>The whole key in backticks, or the property's name in backticks on a row that names the section.</summary>
    private static bool Documented(string section, string name) =>
        Readme.Contains($"`{section}:{name}`")
        || ReadmeLines.Any(line => line.StartsWith('|') && line.Contains($"`{section}:") && line.Contains($"`{name}`"));

    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite);

    private static bool IsSimple(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(TimeSpan) || type == typeof(decimal);

    [GeneratedRegex("""configuration(?:\["(?<key>[A-Za-z:]+)"\]|\.GetValue(?:<\w+>)?\("(?<key>[A-Za-z:]+)"|\.GetConnectionString\("(?<connection>\w+)"\))""")]
    private static partial Regex DirectKey();
}
