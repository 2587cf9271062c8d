using System.Text;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Settings;
using CraftCartAdmin.Score;
using CraftCartAdmin.ScoreSandbox;

namespace CraftCartAdmin.Tests.ScoreSandbox;

/// <summary>Every refusal of SCORE-API.md "Behaviour the sandbox must play": result NG with a code, never an exception.</summary>
public sealed class SandboxErrorCodeTests(SandboxHost sandbox) : IClassFixture<SandboxHost>
{
    private IScoreClient Client => sandbox.Client;

    [Fact]
    public async Task O1_duplicate_register_answers_SBX0001_with_the_existing_transaction()
    {
        var request = TestOrders.Request();
        var first = await Client.RegisterAsync(sandbox.Credentials, request);

        var second = await Client.RegisterAsync(sandbox.Credentials, request);

        Assert.False(second.IsOk);
        Assert.True(second.HasError(SandboxErrors.Duplicate));
        Assert.Equal(first.Transaction!.NissenTransactionId, second.Transaction!.NissenTransactionId);
        Assert.Equal(CreditResult.Ok, second.Transaction.CreditResult);
    }

    [Fact]
    public async Task S1_wrong_credentials_answer_SBX0002()
    {
        var wrong = sandbox.Credentials with { Password = "not-the-password" };

        var response = await Client.RegisterAsync(wrong, TestOrders.Request());

        Assert.False(response.IsOk);
        Assert.True(response.HasError(SandboxErrors.Credentials));
        Assert.Null(response.Transaction);
    }

    [Fact]
    public async Task Details_that_do_not_add_up_to_billedAmount_answer_SBX0003()
    {
        var request = TestOrders.Request();
        var wrong = request with { BilledAmount = request.BilledAmount + 1 };

        var response = await Client.RegisterAsync(sandbox.Credentials, wrong);

        Assert.True(response.HasError(SandboxErrors.DetailsDoNotAddUp));
        Assert.Null(await sandbox.TransactionAsync(request.ShopTransactionId));
    }

    [Fact]
    public async Task Invalid_fields_answer_SBX0004()
    {
        var request = TestOrders.Request();
        var response = await Client.RegisterAsync(sandbox.Credentials, request with { Buyer = request.Buyer with { Email = "" } });

        Assert.True(response.HasError(SandboxErrors.InvalidField));
    }

    [Fact]
    public async Task Bundled_invoice_with_a_different_delivery_address_answers_SBX0004()
    {
        var request = TestOrders.Request(contract: ContractType.Bundled);
        var delivery = request.Deliveries[0];
        var elsewhere = request with
        {
            Deliveries = [delivery with { Customer = delivery.Customer with { Address3 = "別の住所1-1" } }],
        };

        var response = await Client.RegisterAsync(sandbox.Credentials, elsewhere);

        Assert.True(response.HasError(SandboxErrors.InvalidField));
    }

    [Fact]
    public async Task H3_shipment_of_a_non_ok_order_answers_SBX0101()
    {
        var registered = await Client.RegisterAsync(sandbox.Credentials, TestOrders.Request(email: "buyer+hold@example.jp"));

        var shipped = await Client.RegisterShipmentAsync(sandbox.Credentials, TestOrders.Shipment(registered));

        Assert.True(shipped.HasError(SandboxErrors.ShipmentNeedsOk));
        Assert.False((await sandbox.TransactionAsync(registered.Transaction!.ShopTransactionId!))!.Shipped);
    }

    [Fact]
    public async Task H5_modify_and_cancel_after_shipment_answer_SBX0102()
    {
        var request = TestOrders.Request();
        var registered = await Client.RegisterAsync(sandbox.Credentials, request);
        await Client.RegisterShipmentAsync(sandbox.Credentials, TestOrders.Shipment(registered));

        var modified = await Client.ModifyAsync(sandbox.Credentials, request with { NissenTransactionId = registered.Transaction!.NissenTransactionId });
        var cancelled = await Client.CancelAsync(sandbox.Credentials, TestOrders.Ref(registered));

        Assert.True(modified.HasError(SandboxErrors.AlreadyShipped));
        Assert.True(cancelled.HasError(SandboxErrors.AlreadyShipped));
    }

    [Fact]
    public async Task H4_unknown_carrier_answers_SBX0103()
    {
        var registered = await Client.RegisterAsync(sandbox.Credentials, TestOrders.Request());

        var shipped = await Client.RegisterShipmentAsync(sandbox.Credentials, TestOrders.Shipment(registered, carrier: 19));

        Assert.True(shipped.HasError(SandboxErrors.UnknownCarrier));
    }

    [Theory]
    [InlineData("ABC-123")]
    [InlineData("123456789012345678901")]
    [InlineData("")]
    public async Task H4_bad_tracking_number_answers_SBX0104(string slipNo)
    {
        var registered = await Client.RegisterAsync(sandbox.Credentials, TestOrders.Request());

        var shipped = await Client.RegisterShipmentAsync(sandbox.Credentials, TestOrders.Shipment(registered, slipNo: slipNo));

        Assert.True(shipped.HasError(SandboxErrors.BadSlipNo));
    }

    [Fact]
    public async Task I1_invoice_data_for_a_separate_invoice_order_answers_SBX0201()
    {
        var registered = await Client.RegisterAsync(sandbox.Credentials, TestOrders.Request(contract: ContractType.Separate));

        var invoice = await Client.GetInvoiceDataAsync(sandbox.Credentials, TestOrders.Ref(registered));

        Assert.True(invoice.HasError(SandboxErrors.InvoiceNotAvailable));
        Assert.Null(invoice.Invoice);
    }

    [Fact]
    public async Task I1_invoice_data_for_a_bundled_order_not_ok_answers_SBX0201()
    {
        var registered = await Client.RegisterAsync(sandbox.Credentials, TestOrders.Request(email: "b+pending@example.jp", contract: ContractType.Bundled));

        var invoice = await Client.GetInvoiceDataAsync(sandbox.Credentials, TestOrders.Ref(registered));

        Assert.True(invoice.HasError(SandboxErrors.InvoiceNotAvailable));
    }

    [Fact]
    public async Task O6_after_an_outside_edit_modify_cancel_and_shipment_answer_SBX0301()
    {
        var request = TestOrders.Request();
        var registered = await Client.RegisterAsync(sandbox.Credentials, request);
        await sandbox.MarkAsync(request.ShopTransactionId, "edited-outside");

        var modified = await Client.ModifyAsync(sandbox.Credentials, request with { NissenTransactionId = registered.Transaction!.NissenTransactionId });
        var shipped = await Client.RegisterShipmentAsync(sandbox.Credentials, TestOrders.Shipment(registered));
        var cancelled = await Client.CancelAsync(sandbox.Credentials, TestOrders.Ref(registered));

        Assert.True(modified.HasError(SandboxErrors.EditedOutside));
        Assert.True(shipped.HasError(SandboxErrors.EditedOutside));
        Assert.True(cancelled.HasError(SandboxErrors.EditedOutside));
    }

    [Fact]
    public async Task C2_cancel_of_a_paid_order_answers_MULT0015()
    {
        var request = TestOrders.Request();
        var registered = await Client.RegisterAsync(sandbox.Credentials, request);
        await Client.RegisterShipmentAsync(sandbox.Credentials, TestOrders.Shipment(registered));
        await sandbox.MarkAsync(request.ShopTransactionId, "paid");

        var cancelled = await Client.CancelAsync(sandbox.Credentials, TestOrders.Ref(registered));

        Assert.False(cancelled.IsOk);
        Assert.True(cancelled.HasError("MULT0015"));
    }

    [Fact]
    public async Task Element_names_are_accepted_with_either_case_of_the_first_letter()
    {
        var body = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Request><ShopInfo><ShopCode>{SandboxHost.ShopCode}</ShopCode><ShopPassword>{SandboxHost.Password}</ShopPassword>
            <TerminalId>{SandboxHost.TerminalId}</TerminalId></ShopInfo>
            <Transaction><NissenTransactionId/><ShopTransactionId>NOSUCHORDER1</ShopTransactionId><BilledAmount>1</BilledAmount></Transaction></Request>
            """;

        var answer = await sandbox.Http.PostAsync("direct/autogetauthor.do", new StringContent(body, Encoding.UTF8, "application/xml"));
        var xml = await answer.Content.ReadAsStringAsync();

        // Credentials were read (no SBX0002): the transaction is simply unknown.
        Assert.Contains(SandboxErrors.UnknownTransaction, xml);
        Assert.DoesNotContain(SandboxErrors.Credentials, xml);
    }
}
