using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Score;
using CraftCartAdmin.ScoreSandbox;
using Polly.Timeout;

namespace CraftCartAdmin.Tests.ScoreSandbox;

/// <summary>A sandbox whose client gives up on an attempt after a second, warmed up so that only injected faults time out.</summary>
public sealed class FaultSandboxHost : SandboxHost
{
    public static readonly Dictionary<string, string?> NoRetry = new()
    {
        ["Score:Client:AttemptTimeout"] = "00:00:01",
        ["Score:Client:MaxRetryAttempts"] = "0",
    };

    protected override IDictionary<string, string?> ClientSettings => new Dictionary<string, string?>
    {
        ["Score:Client:TotalTimeout"] = "00:00:10",
        ["Score:Client:AttemptTimeout"] = "00:00:01",
        ["Score:Client:MaxRetryAttempts"] = "2",
        ["Score:Client:RetryDelay"] = "00:00:00.010",
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Client.InquireCreditAsync(Credentials, new ScoreTransactionRef(null, "WARMUP", 1));
    }
}

/// <summary>
/// Transport failures (SCORE-API.md "Transport", SPEC O1): retried by the resilience handler, surfaced
/// as <see cref="ScoreTransportException"/> when they persist; a result NG is never retried.
/// </summary>
public sealed class SandboxFaultTests(FaultSandboxHost sandbox) : IClassFixture<FaultSandboxHost>
{
    private IScoreClient Client => sandbox.Client;

    [Fact]
    public async Task O1_a_5xx_is_retried_and_the_retry_succeeds()
    {
        await sandbox.SetFaultsAsync(new SandboxFaultSettings { Next = [SandboxFaultKind.ServerError] });
        var calls = sandbox.Faults.CallsSeen;

        var response = await Client.RegisterAsync(sandbox.Credentials, TestOrders.Request());

        Assert.True(response.IsOk);
        Assert.Equal(2, sandbox.Faults.CallsSeen - calls);
    }

    [Fact]
    public async Task O1_persistent_5xx_surfaces_as_a_transport_exception_after_the_retries()
    {
        await sandbox.SetFaultsAsync(new SandboxFaultSettings { ServerErrorShare = 1 });
        var calls = sandbox.Faults.CallsSeen;
        var request = TestOrders.Request();

        var failure = await Assert.ThrowsAsync<ScoreTransportException>(() => Client.RegisterAsync(sandbox.Credentials, request));

        Assert.Equal(503, failure.Exchange.HttpStatus);
        Assert.Equal(ScoreCallOutcome.TransportFailure, failure.Exchange.Outcome);
        Assert.Equal(3, sandbox.Faults.CallsSeen - calls);
        Assert.Null(await sandbox.TransactionAsync(request.ShopTransactionId));
    }

    [Fact]
    public async Task O1_a_timeout_is_retried_and_the_retry_succeeds()
    {
        await sandbox.SetFaultsAsync(new SandboxFaultSettings { Next = [SandboxFaultKind.Timeout] });

        var response = await Client.RegisterAsync(sandbox.Credentials, TestOrders.Request());

        Assert.True(response.IsOk);
    }

    [Fact]
    public async Task O1_a_timeout_without_retries_surfaces_as_a_transport_exception()
    {
        await sandbox.SetFaultsAsync(new SandboxFaultSettings { Next = [SandboxFaultKind.Timeout] });
        var request = TestOrders.Request();

        var failure = await Assert.ThrowsAsync<ScoreTransportException>(
            () => sandbox.CreateClient(FaultSandboxHost.NoRetry).RegisterAsync(sandbox.Credentials, request));

        Assert.IsType<TimeoutRejectedException>(failure.InnerException);
        Assert.Null(await sandbox.TransactionAsync(request.ShopTransactionId));
    }

    [Fact]
    public async Task O1_a_malformed_body_surfaces_as_a_transport_exception_with_the_body_kept()
    {
        await sandbox.SetFaultsAsync(new SandboxFaultSettings { Next = [SandboxFaultKind.MalformedBody] });

        var failure = await Assert.ThrowsAsync<ScoreTransportException>(
            () => Client.InquireCreditAsync(sandbox.Credentials, new ScoreTransactionRef(null, "ANY1", 1)));

        Assert.StartsWith("<response><result>OK", failure.Exchange.ResponseXml);
        Assert.Equal(200, failure.Exchange.HttpStatus);
    }

    [Fact]
    public async Task O1_answer_lost_the_transaction_exists_and_registering_again_returns_it_with_SBX0001()
    {
        await sandbox.SetFaultsAsync(new SandboxFaultSettings { Next = [SandboxFaultKind.AnswerLost] });
        var request = TestOrders.Request();

        await Assert.ThrowsAsync<ScoreTransportException>(
            () => sandbox.CreateClient(FaultSandboxHost.NoRetry).RegisterAsync(sandbox.Credentials, request));
        var stored = await sandbox.TransactionAsync(request.ShopTransactionId);
        var again = await Client.RegisterAsync(sandbox.Credentials, request);

        Assert.NotNull(stored);
        Assert.True(again.HasError(SandboxErrors.Duplicate));
        Assert.Equal(stored.NissenTransactionId, again.Transaction!.NissenTransactionId);
        Assert.Equal(CreditResult.Ok, again.Transaction.CreditResult);
    }

    [Fact]
    public async Task O1_answer_lost_the_client_retry_recovers_the_transaction_through_SBX0001()
    {
        await sandbox.SetFaultsAsync(new SandboxFaultSettings { Next = [SandboxFaultKind.AnswerLost] });

        var response = await Client.RegisterAsync(sandbox.Credentials, TestOrders.Request());

        Assert.True(response.HasError(SandboxErrors.Duplicate));
        Assert.Equal(CreditResult.Ok, response.Transaction!.CreditResult);
    }

    [Fact]
    public async Task A_result_NG_is_an_answer_and_is_never_retried()
    {
        await sandbox.SetFaultsAsync(new SandboxFaultSettings());
        var calls = sandbox.Faults.CallsSeen;

        var response = await Client.RegisterAsync(sandbox.Credentials with { ShopCode = "OTHER" }, TestOrders.Request());

        Assert.False(response.IsOk);
        Assert.Equal(ScoreCallOutcome.Ng, response.Exchange.Outcome);
        Assert.Equal(1, sandbox.Faults.CallsSeen - calls);
    }

    [Fact]
    public async Task Added_latency_still_answers()
    {
        await sandbox.SetFaultsAsync(new SandboxFaultSettings { LatencyMs = 20 });

        var response = await Client.RegisterAsync(sandbox.Credentials, TestOrders.Request());

        Assert.True(response.IsOk);
        await sandbox.SetFaultsAsync(new SandboxFaultSettings());
    }

    [Fact]
    public void Fault_shares_are_reproducible_for_a_seed()
    {
        var settings = new SandboxFaultSettings { ServerErrorShare = 0.2, TimeoutShare = 0.2, MalformedShare = 0.2, AnswerLostShare = 0.2, Seed = 7 };
        var first = new SandboxFaults(settings);
        var second = new SandboxFaults(settings);

        var drawsA = Enumerable.Range(0, 50).Select(_ => first.Draw()).ToList();
        var drawsB = Enumerable.Range(0, 50).Select(_ => second.Draw()).ToList();

        Assert.Equal(drawsA, drawsB);
        Assert.Equal(5, drawsA.Distinct().Count());
    }
}
