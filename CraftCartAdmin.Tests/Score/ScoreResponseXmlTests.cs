using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Score;

namespace CraftCartAdmin.Tests.Score;

/// <summary>The client reads answers whatever the root's attributes, namespace or first-letter case (SCORE-API.md "Transport").</summary>
public sealed class ScoreResponseXmlTests
{
    private static readonly ScoreExchange Exchange = new(
        ScoreOperation.InquireCredit, "C1", new Uri("http://127.0.0.1/"), "", null, 200, TimeSpan.Zero, ScoreCallOutcome.Ok, null);

    [Fact]
    public void Namespaced_root_and_capitalised_names_are_read()
    {
        const string body = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Response xmlns="urn:score" version="2"><Result>OK</Result>
              <TransactionResult><NissenTransactionId>12345678901</NissenTransactionId><ShopTransactionId>C1</ShopTransactionId>
              <BilledAmount>5500</BilledAmount><AuthoriDate>2026/12/04 10:31:07</AuthoriDate><AuthorResult>HOLD</AuthorResult>
              <HoldReason><ReasonCode>H1</ReasonCode><Reason>審査中</Reason></HoldReason></TransactionResult>
            </Response>
            """;

        var response = ScoreResponseXml.Parse(body, Exchange);

        Assert.True(response.IsOk);
        Assert.Equal("12345678901", response.Transaction!.NissenTransactionId);
        Assert.Equal(5500, response.Transaction.BilledAmount);
        Assert.Equal(CreditResult.Hold, response.Transaction.CreditResult);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 10, 31, 7, TimeSpan.FromHours(9)), response.Transaction.AuthoriDate);
        Assert.Equal(new ScoreHoldReason("H1", "審査中"), response.Transaction.HoldReason);
    }

    [Theory]
    [InlineData("OK", CreditResult.Ok)]
    [InlineData("NG", CreditResult.Ng)]
    [InlineData("HOLD", CreditResult.Hold)]
    [InlineData("保留", CreditResult.Pending)]
    public void Author_result_maps_to_the_domain(string text, CreditResult expected) =>
        Assert.Equal(expected, ScoreResponseXml.MapAuthorResult(text));

    [Fact]
    public void Errors_are_read_from_an_NG_answer()
    {
        var response = ScoreResponseXml.Parse(
            "<response><result>NG</result><errors><error><errorCode>MULT0015</errorCode><errorMessage>入金済み</errorMessage></error></errors></response>",
            Exchange);

        Assert.False(response.IsOk);
        Assert.Equal([new ScoreError("MULT0015", "入金済み")], response.Errors);
    }

    [Theory]
    [InlineData("<response><result>OK</res")]
    [InlineData("<html>502 Bad Gateway</html>")]
    [InlineData("<response><result>MAYBE</result></response>")]
    public void A_body_that_is_not_a_score_answer_is_a_format_error(string body) =>
        Assert.Throws<FormatException>(() => ScoreResponseXml.Parse(body, Exchange));
}
