using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Score;
using CraftCartAdmin.ScoreSandbox;

namespace CraftCartAdmin.Tests.ScoreSandbox;

/// <summary>
/// HOLD resolves at the first inquiry at or after the next poll time (SPEC O4), and C1's re-review
/// rules on modify. The fake clock only moves forward, so each test works from wherever it stands.
/// </summary>
public sealed class SandboxHoldTests(SandboxHost sandbox) : IClassFixture<SandboxHost>
{
    private static readonly SandboxPollSchedule Schedule = new("11:10,14:10,16:10,18:10");
    private IScoreClient Client => sandbox.Client;

    [Theory]
    [InlineData("b+hold@example.jp", CreditResult.Ok)]
    [InlineData("b+holdng@example.jp", CreditResult.Ng)]
    public async Task O4_hold_stays_until_the_next_poll_time_then_resolves(string email, CreditResult final)
    {
        var registered = await Client.RegisterAsync(sandbox.Credentials, TestOrders.Request(email: email));
        Assert.Equal(CreditResult.Hold, registered.Transaction!.CreditResult);
        var nextPoll = Schedule.NextAfter(sandbox.Clock.GetUtcNow());

        sandbox.Clock.SetUtcNow(nextPoll.AddSeconds(-1));
        var before = await Client.InquireCreditAsync(sandbox.Credentials, TestOrders.Ref(registered));
        sandbox.Clock.SetUtcNow(nextPoll);
        var at = await Client.InquireCreditAsync(sandbox.Credentials, TestOrders.Ref(registered));

        Assert.Equal(CreditResult.Hold, before.Transaction!.CreditResult);
        Assert.Equal(final, at.Transaction!.CreditResult);
        Assert.Equal(nextPoll, at.Transaction.AuthoriDate);
    }

    [Fact]
    public async Task O4_hold_resolves_at_a_later_inquiry_too()
    {
        var registered = await Client.RegisterAsync(sandbox.Credentials, TestOrders.Request(email: "late+hold@example.jp"));
        sandbox.Clock.SetUtcNow(Schedule.NextAfter(sandbox.Clock.GetUtcNow()).AddHours(5));

        var inquiry = await Client.InquireCreditAsync(sandbox.Credentials, TestOrders.Ref(registered));

        Assert.Equal(CreditResult.Ok, inquiry.Transaction!.CreditResult);
    }

    [Fact]
    public void O4_next_poll_time_is_japan_time_and_rolls_over_to_the_next_day()
    {
        var evening = new DateTimeOffset(2026, 12, 4, 18, 10, 0, TimeSpan.FromHours(9));

        Assert.Equal(new DateTimeOffset(2026, 12, 4, 11, 10, 0, TimeSpan.FromHours(9)),
            Schedule.NextAfter(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.FromHours(9))));
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 11, 10, 0, TimeSpan.FromHours(9)), Schedule.NextAfter(evening));
    }

    [Fact]
    public async Task C1_amount_increase_puts_the_order_on_hold_until_the_next_poll()
    {
        var (request, registered) = await RegisterOkAsync();
        var higher = Modified(request, registered, TestOrders.Request(quantity: 3));

        var modified = await Client.ModifyAsync(sandbox.Credentials, higher);
        sandbox.Clock.SetUtcNow(Schedule.NextAfter(sandbox.Clock.GetUtcNow()));
        var resolved = await Client.InquireCreditAsync(sandbox.Credentials, TestOrders.Ref(modified));

        Assert.Equal(CreditResult.Hold, modified.Transaction!.CreditResult);
        Assert.Equal(CreditResult.Ok, resolved.Transaction!.CreditResult);
    }

    [Fact]
    public async Task C1_buyer_change_puts_the_order_on_hold()
    {
        var (request, registered) = await RegisterOkAsync();
        var moved = request with
        {
            NissenTransactionId = registered.Transaction!.NissenTransactionId,
            Buyer = request.Buyer with { Tel = "0312345678" },
        };

        var modified = await Client.ModifyAsync(sandbox.Credentials, moved);

        Assert.Equal(CreditResult.Hold, modified.Transaction!.CreditResult);
    }

    [Fact]
    public async Task C1_item_name_change_with_equal_amounts_keeps_the_result()
    {
        var (request, registered) = await RegisterOkAsync();
        var delivery = request.Deliveries[0];
        var renamed = request with
        {
            NissenTransactionId = registered.Transaction!.NissenTransactionId,
            Deliveries = [delivery with { Details = [delivery.Details[0] with { DetailName = "手作り石鹸（ラベンダー）" }, .. delivery.Details.Skip(1)] }],
        };

        var modified = await Client.ModifyAsync(sandbox.Credentials, renamed);

        Assert.True(modified.IsOk);
        Assert.Equal(CreditResult.Ok, modified.Transaction!.CreditResult);
    }

    [Fact]
    public async Task C1_decrease_keeps_a_hold_as_hold()
    {
        var request = TestOrders.Request(email: "dec+hold@example.jp", quantity: 3);
        var registered = await Client.RegisterAsync(sandbox.Credentials, request);
        var lower = Modified(request, registered, TestOrders.Request(email: "dec+hold@example.jp", quantity: 2));

        var modified = await Client.ModifyAsync(sandbox.Credentials, lower);

        Assert.Equal(CreditResult.Hold, modified.Transaction!.CreditResult);
    }

    private async Task<(ScoreOrderRequest Request, ScoreResponse Registered)> RegisterOkAsync()
    {
        var request = TestOrders.Request();
        var registered = await Client.RegisterAsync(sandbox.Credentials, request);
        Assert.Equal(CreditResult.Ok, registered.Transaction!.CreditResult);
        return (request, registered);
    }

    private static ScoreOrderRequest Modified(ScoreOrderRequest original, ScoreResponse registered, ScoreOrderRequest changed) =>
        changed with { ShopTransactionId = original.ShopTransactionId, NissenTransactionId = registered.Transaction!.NissenTransactionId };
}
