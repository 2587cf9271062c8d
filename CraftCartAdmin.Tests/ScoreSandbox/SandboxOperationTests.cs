using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Settings;
using CraftCartAdmin.Score;
using CraftCartAdmin.ScoreSandbox;

namespace CraftCartAdmin.Tests.ScoreSandbox;

/// <summary>The six operations over real HTTP, client against sandbox (SCORE-API.md).</summary>
public sealed class SandboxOperationTests(SandboxHost sandbox) : IClassFixture<SandboxHost>
{
    private IScoreClient Client => sandbox.Client;

    [Fact]
    public async Task O1_register_answers_ok_with_score_id_and_credit_result()
    {
        var request = TestOrders.Request();

        var response = await Client.RegisterAsync(sandbox.Credentials, request);

        Assert.True(response.IsOk);
        Assert.Empty(response.Errors);
        var t = response.Transaction!;
        Assert.Matches("^[0-9]{11}$", t.NissenTransactionId);
        Assert.Equal(request.ShopTransactionId, t.ShopTransactionId);
        Assert.Equal(request.BilledAmount, t.BilledAmount);
        Assert.Equal(CreditResult.Ok, t.CreditResult);
        Assert.Equal(SandboxHost.Start, t.AuthoriDate);
    }

    [Fact]
    public async Task O4_inquiry_returns_the_current_credit_result()
    {
        var registered = await Client.RegisterAsync(sandbox.Credentials, TestOrders.Request());

        var inquiry = await Client.InquireCreditAsync(sandbox.Credentials, TestOrders.Ref(registered));

        Assert.True(inquiry.IsOk);
        Assert.Equal(registered.Transaction!.NissenTransactionId, inquiry.Transaction!.NissenTransactionId);
        Assert.Equal(CreditResult.Ok, inquiry.Transaction.CreditResult);
    }

    [Fact]
    public async Task C1_modify_with_a_lower_amount_keeps_ok()
    {
        var request = TestOrders.Request(quantity: 3);
        var registered = await Client.RegisterAsync(sandbox.Credentials, request);
        var lower = TestOrders.Request(quantity: 2) with
        {
            ShopTransactionId = request.ShopTransactionId, NissenTransactionId = registered.Transaction!.NissenTransactionId,
        };

        var modified = await Client.ModifyAsync(sandbox.Credentials, lower);

        Assert.True(modified.IsOk);
        Assert.Equal(lower.BilledAmount, modified.Transaction!.BilledAmount);
        Assert.Equal(CreditResult.Ok, modified.Transaction.CreditResult);
    }

    [Fact]
    public async Task C2_cancel_is_accepted_and_idempotent()
    {
        var registered = await Client.RegisterAsync(sandbox.Credentials, TestOrders.Request());

        var first = await Client.CancelAsync(sandbox.Credentials, TestOrders.Ref(registered));
        var again = await Client.CancelAsync(sandbox.Credentials, TestOrders.Ref(registered));

        Assert.True(first.IsOk);
        Assert.True(again.IsOk);
        Assert.True((await sandbox.TransactionAsync(registered.Transaction!.ShopTransactionId!))!.Cancelled);
    }

    [Fact]
    public async Task H2_shipment_is_registered_with_carrier_and_tracking_number()
    {
        var registered = await Client.RegisterAsync(sandbox.Credentials, TestOrders.Request());

        var shipped = await Client.RegisterShipmentAsync(sandbox.Credentials, TestOrders.Shipment(registered, carrier: 11, slipNo: "4001-2345-6789"));

        Assert.True(shipped.IsOk);
        var stored = await sandbox.TransactionAsync(registered.Transaction!.ShopTransactionId!);
        Assert.True(stored!.Shipped);
        Assert.Equal(11, stored.CarrierCode);
        Assert.Equal("4001-2345-6789", stored.SlipNo);
    }

    [Fact]
    public async Task I2_invoice_data_carries_print_fields_and_goods_lines_for_bundled_ok_orders()
    {
        var request = TestOrders.Request(contract: ContractType.Bundled);
        var registered = await Client.RegisterAsync(sandbox.Credentials, request);

        var invoice = await Client.GetInvoiceDataAsync(sandbox.Credentials, TestOrders.Ref(registered));

        Assert.True(invoice.IsOk);
        var data = invoice.Invoice!;
        Assert.Equal("山田 太郎", data.CustomerName);
        Assert.Equal("150-0001", data.CustomerZip);
        Assert.Equal(["東京都", "渋谷区", "神宮前1-2-3 クラフトビル101"], [data.CustomerAddress1, data.CustomerAddress2, data.CustomerAddress3]);
        Assert.Equal(request.BilledAmount.ToString(), data.BilledAmount);
        Assert.Equal("2026/12/18", data.TimeOfReceipts);
        Assert.Equal(registered.Transaction!.NissenTransactionId, data.NissenTransactionId);
        Assert.Equal(request.ShopTransactionId, data.ShopTransactionId1);
        Assert.Matches("^[0-9]+$", data.InvoiceBarCode);
        Assert.Equal(10, data.Yobi.Count);
        Assert.NotEmpty(data.Yobi[3]);
        Assert.Equal(["手作り石鹸", "送料", "決済手数料"], data.GoodsDetails.Select(g => g.GoodsName));
        Assert.Equal(request.BilledAmount, data.GoodsDetails.Sum(g => int.Parse(g.GoodsPrice) * int.Parse(g.GoodsNum)));
    }

    [Fact]
    public async Task I2_invoice_data_is_deterministic()
    {
        var registered = await Client.RegisterAsync(sandbox.Credentials, TestOrders.Request(contract: ContractType.Bundled));

        var first = await Client.GetInvoiceDataAsync(sandbox.Credentials, TestOrders.Ref(registered));
        var second = await Client.GetInvoiceDataAsync(sandbox.Credentials, TestOrders.Ref(registered));

        Assert.Equal(first.Invoice!.InvoiceBarCode, second.Invoice!.InvoiceBarCode);
        Assert.Equal(first.Invoice.Yobi, second.Invoice.Yobi);
    }

    [Fact]
    public async Task Control_lists_transactions()
    {
        var registered = await Client.RegisterAsync(sandbox.Credentials, TestOrders.Request());

        var all = await sandbox.Http.GetFromJsonAsync<List<SandboxTransactionView>>("control/transactions");

        Assert.Contains(all!, t => t.ShopTransactionId == registered.Transaction!.ShopTransactionId);
    }
}
