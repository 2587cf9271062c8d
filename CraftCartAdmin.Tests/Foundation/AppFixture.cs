using CraftCartAdmin.Tests.Support;

namespace CraftCartAdmin.Tests.Foundation;

/// <summary>One seeded app shared by the foundation tests that only read.</summary>
public sealed class AppFixture : IDisposable
{
    public CraftCartAppFactory Factory { get; } = new();

    public void Dispose() => Factory.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SeededAppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "seeded app";
}
