using CraftCartAdmin.Score;
using CraftCartAdmin.Tests.ScoreSandbox;

namespace CraftCartAdmin.Tests.Score;

/// <summary>What the audit log receives (SPEC S1: the password is never logged).</summary>
public sealed class ScoreClientAuditTests(SandboxHost sandbox) : IClassFixture<SandboxHost>
{
    [Fact]
    public async Task S1_the_request_xml_has_the_password_redacted_and_the_response_kept()
    {
        var request = TestOrders.Request();

        var response = await sandbox.Client.RegisterAsync(sandbox.Credentials, request);

        var exchange = response.Exchange;
        Assert.DoesNotContain(SandboxHost.Password, exchange.RequestXml);
        Assert.Contains("<shopPassword>********</shopPassword>", exchange.RequestXml);
        Assert.Contains($"<shopTransactionId>{request.ShopTransactionId}</shopTransactionId>", exchange.RequestXml);
        Assert.Contains("<fullKanaName>ヤマダ タロウ</fullKanaName>", exchange.RequestXml);
        Assert.Contains("<authorResult>OK</authorResult>", exchange.ResponseXml);
        Assert.Equal(ScoreOperation.Register, exchange.Operation);
        Assert.Equal(ScoreCallOutcome.Ok, exchange.Outcome);
        Assert.Equal(200, exchange.HttpStatus);
        Assert.True(exchange.Duration > TimeSpan.Zero);
        Assert.EndsWith("/score-sandbox/direct/autotransaction.do", exchange.Endpoint.AbsoluteUri);
    }

    [Fact]
    public async Task S1_every_call_reaches_the_observer_without_the_password()
    {
        var registered = await sandbox.Client.RegisterAsync(sandbox.Credentials, TestOrders.Request());
        await sandbox.Client.InquireCreditAsync(sandbox.Credentials, TestOrders.Ref(registered));
        await sandbox.Client.RegisterShipmentAsync(sandbox.Credentials, TestOrders.Shipment(registered));
        await sandbox.Client.CancelAsync(sandbox.Credentials, TestOrders.Ref(registered));

        List<ScoreExchange> seen;
        lock (sandbox.Exchanges) seen = sandbox.Exchanges.Where(e => e.ShopTransactionId == registered.Transaction!.ShopTransactionId).ToList();

        Assert.Equal(
            [ScoreOperation.Register, ScoreOperation.InquireCredit, ScoreOperation.RegisterShipment, ScoreOperation.Cancel],
            seen.Select(e => e.Operation));
        Assert.All(seen, e => Assert.DoesNotContain(SandboxHost.Password, e.RequestXml));
        Assert.Equal(ScoreCallOutcome.Ng, seen[^1].Outcome);
    }

    [Fact]
    public void S1_credentials_never_print_the_password()
    {
        Assert.DoesNotContain(SandboxHost.Password, sandbox.Credentials.ToString());
    }
}
