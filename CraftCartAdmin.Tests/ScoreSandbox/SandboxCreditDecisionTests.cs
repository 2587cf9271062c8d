using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Score;

namespace CraftCartAdmin.Tests.ScoreSandbox;

/// <summary>The sandbox's decision table (SCORE-API.md "Behaviour the sandbox must play"), one row per case; SPEC O1.</summary>
public sealed class SandboxCreditDecisionTests(SandboxHost sandbox) : IClassFixture<SandboxHost>
{
    [Theory]
    [InlineData("taro@example.jp", CreditResult.Ok)]
    [InlineData("taro+ng@example.jp", CreditResult.Ng)]
    [InlineData("taro+hold@example.jp", CreditResult.Hold)]
    [InlineData("taro+holdng@example.jp", CreditResult.Hold)]
    [InlineData("taro+pending@example.jp", CreditResult.Pending)]
    public async Task O1_email_local_part_decides_the_credit_result(string email, CreditResult expected)
    {
        var response = await sandbox.Client.RegisterAsync(sandbox.Credentials, TestOrders.Request(email: email));

        Assert.True(response.IsOk);
        Assert.Equal(expected, response.Transaction!.CreditResult);
    }

    [Fact]
    public async Task O1_pending_is_sent_as_保留()
    {
        var response = await sandbox.Client.RegisterAsync(sandbox.Credentials, TestOrders.Request(email: "x+pending@example.jp"));

        Assert.Equal("保留", response.Transaction!.AuthorResultText);
        Assert.NotNull(response.Transaction.HoldReason);
    }

    [Fact]
    public async Task O1_above_the_55000_yen_limit_is_NG()
    {
        // 27,500 × 2 + 送料 800 + 手数料 300 = 56,100: over the limit.
        var response = await sandbox.Client.RegisterAsync(sandbox.Credentials, TestOrders.Request(unitPrice: 27_500));

        Assert.Equal(CreditResult.Ng, response.Transaction!.CreditResult);
    }

    [Fact]
    public async Task O1_exactly_55000_yen_is_OK()
    {
        // 26,950 × 2 + 1,100 = 55,000.
        var response = await sandbox.Client.RegisterAsync(sandbox.Credentials, TestOrders.Request(unitPrice: 26_950));

        Assert.Equal(55_000, response.Transaction!.BilledAmount);
        Assert.Equal(CreditResult.Ok, response.Transaction.CreditResult);
    }

    [Theory]
    [InlineData("本町郵便局留")]
    [InlineData("渋谷営業所止め")]
    public async Task O1_depot_pickup_in_address3_is_NG(string address1)
    {
        var response = await sandbox.Client.RegisterAsync(sandbox.Credentials, TestOrders.Request(address1: address1));

        Assert.Equal(CreditResult.Ng, response.Transaction!.CreditResult);
    }
}
