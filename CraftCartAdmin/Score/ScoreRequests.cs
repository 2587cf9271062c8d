namespace CraftCartAdmin.Score;

/// <summary>A buyer or a delivery recipient as SCORE receives them (SCORE-API.md "buyer", "deliveryCustomer").</summary>
public sealed record ScoreCustomer
{
    public string FullName { get; init; } = "";
    public string FirstName { get; init; } = "";
    public string LastName { get; init; } = "";
    public string FullKanaName { get; init; } = "";
    public string FirstKanaName { get; init; } = "";
    public string LastKanaName { get; init; } = "";
    public string ZipCode { get; init; } = "";
    /// <summary>都道府県.</summary>
    public string Address1 { get; init; } = "";
    /// <summary>市区町村.</summary>
    public string Address2 { get; init; } = "";
    /// <summary>以降 (street, number, building).</summary>
    public string Address3 { get; init; } = "";
    public string CompanyName { get; init; } = "";
    public string DepartmentName { get; init; } = "";
    /// <summary>Digits only; the mapper strips hyphens.</summary>
    public string Tel { get; init; } = "";
    public string Mobile { get; init; } = "";
    public string Email { get; init; } = "";
    public string MobileEmail { get; init; } = "";

    public bool SameAddressAs(ScoreCustomer other) =>
        ZipCode == other.ZipCode && Address1 == other.Address1 && Address2 == other.Address2 && Address3 == other.Address3;
}

/// <summary>One detail line: a product at its unit price, or 送料 / 決済手数料 / 割引等.</summary>
public sealed record ScoreDetail(string DetailId, string DetailName, int DetailPrice, int DetailQuantity)
{
    public long LineTotal => (long)DetailPrice * DetailQuantity;
}

public sealed record ScoreDelivery(ScoreCustomer Customer, IReadOnlyList<ScoreDetail> Details);

/// <summary>注文情報登録 / 注文情報修正: the buyer block and up to 9 deliveries.</summary>
public sealed record ScoreOrderRequest
{
    /// <summary>SCORE's id; empty on register, required on modify.</summary>
    public string? NissenTransactionId { get; init; }
    /// <summary>The cart's 注文番号, ≤ 40 half-width alphanumerics.</summary>
    public string ShopTransactionId { get; init; } = "";
    public DateOnly ShopOrderDate { get; init; }
    public ScoreCustomer Buyer { get; init; } = new();
    public int BilledAmount { get; init; }
    /// <summary>2 = 別送, 3 = 同梱.</summary>
    public int PaymentType { get; init; } = 2;
    public IReadOnlyList<ScoreDelivery> Deliveries { get; init; } = [];
}

/// <summary>The transaction block of 与信結果取得, キャンセル登録, 発送情報登録 and 請求書印字データ取得.</summary>
public sealed record ScoreTransactionRef(string? NissenTransactionId, string ShopTransactionId, int BilledAmount);

/// <summary>発送情報登録: the carrier (pdcompanycode), the tracking number and the address shipped to.</summary>
public sealed record ScoreShipmentRequest(
    ScoreTransactionRef Transaction, int CarrierCode, string SlipNo, string Address1, string Address2, string Address3);
