namespace CraftCartAdmin.ScoreSandbox;

/// <summary>Configuration section <c>Score:Sandbox</c>: what the simulated SCORE accepts and prints.</summary>
public sealed class SandboxOptions
{
    public const string SectionName = "Score:Sandbox";

    public bool Enabled { get; set; }
    public string ShopCode { get; set; } = "";
    public string TerminalId { get; set; } = "";
    public string Password { get; set; } = "";
    /// <summary>The sandbox's own SQLite store, apart from the cart's.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/score-sandbox.db";

    /// <summary>The shop block printed on 同梱 invoices.</summary>
    public SandboxShopOptions Shop { get; set; } = new();
    /// <summary>Faults at start; changeable at runtime through <see cref="SandboxFaults"/>.</summary>
    public SandboxFaultSettings Faults { get; set; } = new();
}

public sealed class SandboxShopOptions
{
    public string Name { get; set; } = "CraftCart 手作り雑貨店";
    public string Zip { get; set; } = "150-0001";
    public string Address1 { get; set; } = "東京都";
    public string Address2 { get; set; } = "渋谷区";
    public string Address3 { get; set; } = "神宮前1-1-1";
    public string Tel { get; set; } = "0312345678";
}
