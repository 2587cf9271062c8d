using System.Text;
using System.Text.RegularExpressions;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Score;
using CraftCartAdmin.Tests.ScoreSandbox;
using CraftCartAdmin.Tests.Support;

namespace CraftCartAdmin.Tests.Hardening;

/// <summary>
/// SPEC O1 with a SCORE that answers garbage: malformed, truncated, empty, enormous, hostile or random
/// bodies from a real HTTP server. Each one is a <see cref="ScoreTransportException"/> with a short
/// Japanese reason of its own, is handed to the audit observers, is not retried on the spot, and the
/// very next call to a healthy SCORE succeeds.
/// </summary>
public sealed partial class ScoreAnswerFuzzTests(FakeScoreClientFixture fake) : IClassFixture<FakeScoreClientFixture>
{
    private const long FiftyMegabytes = 50L * 1024 * 1024;
    /// <summary>The most one read may return past the cap (the client reads in 16 KB chunks).</summary>
    private const int ReadChunk = 16 * 1024;

    public static TheoryData<string> BadAnswers() => BadScoreAnswers.Names();

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public async Task O1_a_bad_answer_is_a_clear_transport_failure_and_the_next_call_succeeds(string answer)
    {
        var bad = BadScoreAnswers.All[answer];

        var failure = await RegisterExpectingFailureAsync(bad.Answer);

        Assert.Contains(bad.Reason, failure.Exchange.FailureReason);
        await AssertStillServingAsync();
    }

    [Theory]
    [MemberData(nameof(RandomSeeds))]
    public async Task O1_random_bytes_are_a_clear_transport_failure_and_the_next_call_succeeds(int seed)
    {
        await RegisterExpectingFailureAsync(FakeScoreAnswers.Bytes(RandomBody(seed)));

        await AssertStillServingAsync();
    }

    [Fact]
    public async Task O1_a_connection_aborted_mid_body_is_a_clear_transport_failure_and_the_next_call_succeeds()
    {
        fake.ResetAnswerBytesRead();

        var failure = await RegisterExpectingFailureAsync(
            FakeScoreAnswers.AbortedMidBody(beforeAbort: () => fake.AnswerBytesArrived.WaitAsync(TimeSpan.FromMinutes(1))));

        Assert.Contains(BadScoreAnswers.Cut, failure.Exchange.FailureReason);
        Assert.Equal(200, failure.Exchange.HttpStatus);
        Assert.StartsWith("<?xml", failure.Exchange.ResponseXml);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task O1_an_enormous_streamed_answer_is_refused_at_the_cap_and_never_read_whole()
    {
        fake.ResetAnswerBytesRead();

        var failure = await RegisterExpectingFailureAsync(FakeScoreAnswers.Enormous(FiftyMegabytes));

        Assert.Equal("SCORE の応答が大きすぎます（上限 1 MB）", failure.Exchange.FailureReason);
        Assert.True(failure.Exchange.ResponseXml!.Length <= ScoreClientOptions.DefaultMaxResponseBytes);
        Assert.True(fake.AnswerBytesRead <= ScoreClientOptions.DefaultMaxResponseBytes + ReadChunk,
            $"the client read {fake.AnswerBytesRead} bytes of a {FiftyMegabytes}-byte answer");
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task O1_an_answer_announcing_50_MB_is_refused_before_its_body_is_read()
    {
        fake.ResetAnswerBytesRead();

        var failure = await RegisterExpectingFailureAsync(FakeScoreAnswers.Enormous(FiftyMegabytes, declareLength: true));

        Assert.Equal("SCORE の応答が大きすぎます（上限 1 MB）", failure.Exchange.FailureReason);
        Assert.Equal("", failure.Exchange.ResponseXml);
        Assert.Equal(0, fake.AnswerBytesRead);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task The_size_cap_is_a_setting_and_an_answer_of_exactly_the_cap_is_read()
    {
        var client = fake.CreateClient(new Dictionary<string, string?> { ["Score:Client:MaxResponseBytes"] = "4096" });
        FakeScoreAnswer PaddedTo(int size) => FakeScoreAnswers.Text(r =>
        {
            var answer = FakeScoreAnswers.RealAnswer(r);
            return answer + new string(' ', size - Encoding.UTF8.GetByteCount(answer));
        });

        fake.Server.Answer = PaddedTo(4096);
        var atTheCap = await client.RegisterAsync(fake.Credentials, TestOrders.Request());
        fake.Server.Answer = PaddedTo(4097);
        var failure = await Assert.ThrowsAsync<ScoreTransportException>(() => client.RegisterAsync(fake.Credentials, TestOrders.Request()));

        Assert.True(atTheCap.IsOk);
        Assert.Equal("SCORE の応答が大きすぎます（上限 4 KB）", failure.Exchange.FailureReason);
    }

    [Fact]
    public async Task An_external_entity_never_reads_the_file_it_names()
    {
        var failure = await RegisterExpectingFailureAsync(FakeScoreAnswers.Text(BadScoreAnswers.ExternalEntity));

        // /etc/passwd always has root's line; none of it may reach the exception, the log or the audit row.
        Assert.True(File.Exists("/etc/passwd") && File.ReadAllText("/etc/passwd").Contains("root:"));
        Assert.DoesNotContain("root:", failure.ToString());
        Assert.DoesNotContain("root:", failure.Exchange.ResponseXml);
        Assert.DoesNotContain("root:", failure.Exchange.FailureReason);
    }

    [Fact]
    public async Task A_real_answer_with_a_BOM_a_namespace_escaped_text_and_capitalised_names_is_still_read()
    {
        var request = TestOrders.Request();
        var body = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- SCORE -->
            <Response xmlns="urn:score" version="2"><Result>OK</Result><TransactionResult>
              <NissenTransactionId> 81234567890 </NissenTransactionId><ShopTransactionId>{request.ShopTransactionId}</ShopTransactionId>
              <BilledAmount>3500</BilledAmount><AuthorResult>HOLD</AuthorResult>
              <HoldReason><ReasonCode>H1</ReasonCode><Reason>審査中 &amp; 確認中 &#x3042;</Reason></HoldReason></TransactionResult>
            </Response>
            """;
        fake.Server.Answer = FakeScoreAnswers.Bytes([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(body)]);

        var response = await fake.Client.RegisterAsync(fake.Credentials, request);

        Assert.True(response.IsOk);
        Assert.Equal("81234567890", response.Transaction!.NissenTransactionId);
        Assert.Equal(CreditResult.Hold, response.Transaction.CreditResult);
        Assert.Equal("審査中 & 確認中 あ", response.Transaction.HoldReason!.Reason);
    }

    [Fact]
    public async Task A_result_NG_without_transactionResult_is_still_an_answer()
    {
        fake.Server.Answer = FakeScoreAnswers.Text(
            "<response><result>NG</result><errors><error><errorCode>SBX0002</errorCode><errorMessage>認証エラー</errorMessage></error></errors></response>");

        var response = await fake.Client.RegisterAsync(fake.Credentials, TestOrders.Request());

        Assert.False(response.IsOk);
        Assert.True(response.HasError("SBX0002"));
    }

    public static TheoryData<int> RandomSeeds() => new(Enumerable.Range(1, 40));

    /// <summary>Even seeds: raw bytes; odd seeds: text made of XML's own punctuation, so the parser gets deep into it.</summary>
    private static byte[] RandomBody(int seed)
    {
        var random = new Random(20261204 + seed);
        var length = random.Next(1, 4096);
        if (seed % 2 == 0) return Enumerable.Range(0, length).Select(_ => (byte)random.Next(256)).ToArray();
        const string alphabet = "<>/=\"'&;!?-[] \nresponsOKNGtaci結果";
        return Encoding.UTF8.GetBytes(new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()));
    }

    /// <summary>
    /// Registers an order against <paramref name="answer"/> and checks what every bad answer owes: the
    /// exception, a short Japanese reason of exactly one known kind, the audit, and no retry on the spot.
    /// </summary>
    private async Task<ScoreTransportException> RegisterExpectingFailureAsync(FakeScoreAnswer answer)
    {
        fake.Server.Answer = answer;
        var request = TestOrders.Request();

        var failure = await Assert.ThrowsAsync<ScoreTransportException>(() => fake.Client.RegisterAsync(fake.Credentials, request));

        var reason = failure.Exchange.FailureReason!;
        Assert.Matches(Japanese(), reason);
        Assert.True(reason.Length <= 120, $"a reason a person can read: {reason.Length} characters");
        Assert.Single(BadScoreAnswers.Reasons, known => reason.Contains(known));
        Assert.Contains(reason, failure.Message);
        Assert.Equal(ScoreCallOutcome.TransportFailure, failure.Exchange.Outcome);
        Assert.Equal(failure.Exchange, Assert.Single(fake.AuditedFor(request.ShopTransactionId)));
        Assert.Single(fake.Server.Requests, r => r.ShopTransactionId == request.ShopTransactionId);
        return failure;
    }

    private async Task AssertStillServingAsync()
    {
        fake.Server.Answer = FakeScoreAnswers.Healthy();

        var response = await fake.Client.RegisterAsync(fake.Credentials, TestOrders.Request());

        Assert.True(response.IsOk);
        Assert.Equal(CreditResult.Ok, response.Transaction!.CreditResult);
    }

    [GeneratedRegex(@"\p{IsHiragana}|\p{IsKatakana}|\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Japanese();
}
