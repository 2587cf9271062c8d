using System.Net;
using CraftCartAdmin.Data.Outbox;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Score.Outbox;
using CraftCartAdmin.Score.Polling;
using CraftCartAdmin.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CraftCartAdmin.Tests.Hardening;

/// <summary>
/// The whole app with its SCORE endpoint (<c>Score:BaseUrl</c>) pointed at a SCORE that answers garbage.
/// SPEC O1: the order keeps nothing of a bad answer, every attempt is in SCORE通信ログ, 連携エラー shows
/// after 3 attempts, the app keeps serving, and a SCORE that recovers registers the order exactly once.
/// SPEC O4: a garbled HOLD inquiry leaves that order HOLD, and the poll goes on with the others.
/// </summary>
public sealed class ScoreGarbageThroughAppTests : IAsyncLifetime
{
    private const int AuditedXmlLimit = 64 * 1024 + 20;

    // The outbox's back-off runs on this clock: each attempt moves it on, nothing waits for real time.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 4, 1, 0, 0, TimeSpan.Zero));
    private FakeScoreServer score = null!;
    private ScoreTestShop shop = null!;

    public async Task InitializeAsync()
    {
        score = await FakeScoreServer.StartAsync();
        shop = await ScoreTestShop.StartAsync(clock: clock, settings: new Dictionary<string, string?>
        {
            ["Score:BaseUrl"] = score.BaseUrl,
            // One HTTP call per outbox attempt, so the counts below are the outbox's own.
            ["Score:Client:MaxRetryAttempts"] = "0",
            ["Logging:LogLevel:Default"] = "Warning",
        });
    }

    public async Task DisposeAsync()
    {
        await shop.DisposeAsync();
        await score.DisposeAsync();
    }

    public static TheoryData<string> Garbage() => new(
        "real answer cut after 120 bytes", "OK without transactionResult for a registration", "a 10,000-character transaction id",
        "Content-Length larger than the body", "billion laughs", Enormous);

    private const string Enormous = "50 MB streamed";

    [Theory]
    [MemberData(nameof(Garbage))]
    public async Task O1_an_order_registered_while_SCORE_answers_garbage_keeps_nothing_of_it_and_gets_its_result_once_SCORE_recovers(string garbage)
    {
        var (answer, reason) = garbage == Enormous
            ? (FakeScoreAnswers.Enormous(50L * 1024 * 1024), BadScoreAnswers.TooLarge)
            : (BadScoreAnswers.All[garbage].Answer, BadScoreAnswers.All[garbage].Reason);
        score.Answer = answer;
        var placed = await shop.PlaceAsync(ScoreTestShop.Order());
        var before = await shop.OrderAsync(placed.OrderId);

        for (var attempt = 0; attempt < 3; attempt++) await AttemptOutboxAsync();

        var failing = await shop.OrderAsync(placed.OrderId);
        Assert.Equal((before.CreditResult, before.CreditCheckedAt, before.ScoreTransactionId, before.Status, before.Total),
            (failing.CreditResult, failing.CreditCheckedAt, failing.ScoreTransactionId, failing.Status, failing.Total));
        Assert.Null(failing.ScoreTransactionId);
        Assert.Equal(SyncState.Error, failing.SyncState);
        Assert.Contains(reason, failing.SyncError);
        var message = await RegistrationAsync(placed.OrderId);
        Assert.Equal((OutboxState.Pending, 3), (message.State, message.Attempts));
        Assert.Contains(reason, message.LastError);
        var failures = await AuditAsync(placed.OrderId);
        Assert.Equal(3, failures.Count);
        Assert.All(failures, log =>
        {
            Assert.Equal("TransportFailure", log.Outcome);
            Assert.Contains(reason, log.Message);
            Assert.NotNull(log.ResponseXml);
            Assert.True(log.ResponseXml.Length <= AuditedXmlLimit, $"audited answer of {log.ResponseXml.Length} characters");
        });
        await AssertTheAppServesAsync();

        score.Answer = FakeScoreAnswers.Healthy();
        await AttemptOutboxAsync();
        await AttemptOutboxAsync();

        var registered = await shop.OrderAsync(placed.OrderId);
        Assert.Equal(CreditResult.Ok, registered.CreditResult);
        Assert.Matches("^8[0-9]{10}$", registered.ScoreTransactionId);
        Assert.Equal(SyncState.Synced, registered.SyncState);
        Assert.Null(registered.SyncError);
        var done = await RegistrationAsync(placed.OrderId);
        Assert.Equal((OutboxState.Done, 4), (done.State, done.Attempts));
        Assert.Equal(4, score.Requests.Count(r => r.ShopTransactionId == placed.OrderNumber));
        Assert.Equal(["TransportFailure", "TransportFailure", "TransportFailure", "Ok"], (await AuditAsync(placed.OrderId)).Select(l => l.Outcome));
    }

    [Fact]
    public async Task O4_a_HOLD_inquiry_answered_with_garbage_leaves_that_order_HOLD_and_the_poll_goes_on_with_the_others()
    {
        score.Answer = FakeScoreAnswers.Healthy("HOLD");
        var garbled = await shop.PlaceAsync(ScoreTestShop.Order("hana@example.jp"));
        var answered = await shop.PlaceAsync(ScoreTestShop.Order("jiro@example.jp"));
        var cut = await shop.PlaceAsync(ScoreTestShop.Order("saburo@example.jp"));
        await AttemptOutboxAsync();
        var garbledBefore = await shop.OrderAsync(garbled.OrderId);
        Assert.Equal(CreditResult.Hold, garbledBefore.CreditResult);

        score.Answer = FakeScoreAnswers.PerOrder(new Dictionary<string, FakeScoreAnswer>
        {
            [garbled.OrderNumber] = BadScoreAnswers.All["authorResult unknown"].Answer,
            [cut.OrderNumber] = FakeScoreAnswers.AbortedMidBody(),
        }, otherwise: FakeScoreAnswers.Healthy("OK"));
        var run = await shop.Service<HoldPoller>().RunAsync();

        Assert.NotNull(run);
        Assert.Equal((3, 1, 2), (run.Asked, run.Changed, run.Failed));
        var garbledAfter = await shop.OrderAsync(garbled.OrderId);
        Assert.Equal((CreditResult.Hold, garbledBefore.ScoreTransactionId, garbledBefore.CreditCheckedAt),
            (garbledAfter.CreditResult, garbledAfter.ScoreTransactionId, garbledAfter.CreditCheckedAt));
        Assert.Equal(CreditResult.Hold, (await shop.OrderAsync(cut.OrderId)).CreditResult);
        Assert.Equal(CreditResult.Ok, (await shop.OrderAsync(answered.OrderId)).CreditResult);
        await using var db = await shop.ContextAsync();
        Assert.Equal(2, (await db.HoldPollRuns.SingleAsync()).Failed);
        var inquiry = await db.ScoreCallLogs.SingleAsync(l => l.OrderId == garbled.OrderId && l.Operation == OutboxOperation.InquireCredit);
        Assert.Equal("TransportFailure", inquiry.Outcome);
        Assert.Contains(BadScoreAnswers.UnknownAuthorResult, inquiry.Message);
    }

    /// <summary>One outbox round once every back-off has run out.</summary>
    private async Task AttemptOutboxAsync()
    {
        clock.Advance(TimeSpan.FromMinutes(10));
        await using var scope = shop.App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ScoreOutboxProcessor>().ProcessDueAsync();
    }

    private async Task<ScoreOutboxMessage> RegistrationAsync(int orderId)
    {
        await using var db = await shop.ContextAsync();
        return await db.ScoreOutbox.AsNoTracking().SingleAsync(m => m.OrderId == orderId && m.Operation == OutboxOperation.Register);
    }

    private async Task<List<ScoreCallLog>> AuditAsync(int orderId)
    {
        await using var db = await shop.ContextAsync();
        return await db.ScoreCallLogs.AsNoTracking().Where(l => l.OrderId == orderId).OrderBy(l => l.Id).ToListAsync();
    }

    /// <summary>/healthz, and the order list and SCORE通信ログ for a signed-in admin, over real HTTP.</summary>
    private async Task AssertTheAppServesAsync()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(shop.App.ServerAddress),
        };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await LoginClient.PostLoginAsync(http, CraftCartAppFactory.AdminEmail, CraftCartAppFactory.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/orders")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/system/score-log")).StatusCode);
    }
}
