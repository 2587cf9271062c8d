using CraftCartAdmin.Domain.Settings;
using CraftCartAdmin.Score;
using CraftCartAdmin.Tests.ScoreSandbox;

namespace CraftCartAdmin.Tests.Score;

/// <summary>From a 受注 to SCORE's register / modify request (SCORE-API.md "Blocks", "Detail lines").</summary>
public sealed class ScoreOrderMapperTests
{
    [Fact]
    public void Detail_lines_are_items_at_unit_price_then_shipping_fee_and_discount_and_add_up_to_the_total()
    {
        var order = TestOrders.Order(unitPrice: 1200, quantity: 3, discount: 500);

        var request = ScoreOrderMapper.ToOrderRequest(order, ContractType.Separate);

        var details = Assert.Single(request.Deliveries).Details;
        Assert.Equal(
            [("手作り石鹸", 1200, 3), ("送料", 800, 1), ("決済手数料", 300, 1), ("割引等", -500, 1)],
            details.Select(d => (d.DetailName, d.DetailPrice, d.DetailQuantity)));
        Assert.Equal(order.Total, request.BilledAmount);
        Assert.Equal(request.BilledAmount, details.Sum(d => d.LineTotal));
    }

    [Fact]
    public void No_discount_line_without_a_discount()
    {
        var request = ScoreOrderMapper.ToOrderRequest(TestOrders.Order(), ContractType.Separate);

        Assert.DoesNotContain(request.Deliveries[0].Details, d => d.DetailName == "割引等");
    }

    [Fact]
    public void Address_is_split_into_prefecture_city_and_the_rest()
    {
        var buyer = ScoreOrderMapper.ToOrderRequest(TestOrders.Order(), ContractType.Separate).Buyer;

        Assert.Equal("東京都", buyer.Address1);
        Assert.Equal("渋谷区", buyer.Address2);
        Assert.Equal("神宮前1-2-3 クラフトビル101", buyer.Address3);
        Assert.Equal("150-0001", buyer.ZipCode);
    }

    [Fact]
    public void Buyer_names_phone_and_email_are_mapped_with_hyphens_stripped()
    {
        var order = TestOrders.Order();
        order.Customer.Phone = "０９０-1234-5678";

        var buyer = ScoreOrderMapper.ToOrderRequest(order, ContractType.Separate).Buyer;

        Assert.Equal("09012345678", buyer.Tel);
        Assert.Equal("山田 太郎", buyer.FullName);
        Assert.Equal(("山田", "太郎"), (buyer.LastName, buyer.FirstName));
        Assert.Equal("ヤマダ タロウ", buyer.FullKanaName);
        Assert.Equal("taro@example.jp", buyer.Email);
    }

    [Fact]
    public void Delivery_customer_is_the_ship_to_person()
    {
        var order = TestOrders.Order();
        order.ShipTo.LastName = "佐藤";
        order.ShipTo.Address.City = "大阪市北区";

        var delivery = ScoreOrderMapper.ToOrderRequest(order, ContractType.Separate).Deliveries[0].Customer;

        Assert.StartsWith("佐藤", delivery.FullName);
        Assert.Equal("大阪市北区", delivery.Address2);
    }

    [Fact]
    public void Order_date_is_the_japan_date()
    {
        // 2026-12-03 16:30 UTC is 2026-12-04 01:30 in Tokyo.
        var request = ScoreOrderMapper.ToOrderRequest(TestOrders.Order(), ContractType.Separate);

        Assert.Equal(new DateOnly(2026, 12, 4), request.ShopOrderDate);
    }

    [Theory]
    [InlineData(ContractType.Separate, 2)]
    [InlineData(ContractType.Bundled, 3)]
    public void Payment_type_follows_the_contract(ContractType contract, int paymentType)
    {
        Assert.Equal(paymentType, ScoreOrderMapper.ToOrderRequest(TestOrders.Order(), contract).PaymentType);
    }

    [Fact]
    public void Modify_carries_the_score_transaction_id()
    {
        var order = TestOrders.Order();
        order.ScoreTransactionId = "90000000001";

        Assert.Equal("90000000001", ScoreOrderMapper.ToOrderRequest(order, ContractType.Separate).NissenTransactionId);
        Assert.Equal(new ScoreTransactionRef("90000000001", order.OrderNumber, order.Total), ScoreOrderMapper.ToTransactionRef(order));
    }
}
