using CraftCartAdmin.Domain.Orders;

namespace CraftCartAdmin.Features.Orders.Intake;

public enum OrderIntakeStatus { Created, Invalid, Duplicate }

/// <summary>How an intake ended: the saved order, or every bad field with a Japanese message (keys are JSON paths).</summary>
public sealed record OrderIntakeResult(
    OrderIntakeStatus Status,
    int OrderId = 0,
    string OrderNumber = "",
    bool IsScore = false,
    IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public static OrderIntakeResult Invalid(IReadOnlyDictionary<string, string[]> errors) => new(OrderIntakeStatus.Invalid, Errors: errors);
    public static OrderIntakeResult Duplicate(string orderNumber) => new(OrderIntakeStatus.Duplicate, OrderNumber: orderNumber,
        Errors: new Dictionary<string, string[]> { ["orderNumber"] = [$"注文番号「{orderNumber}」は既に登録されています。"] });
}

/// <summary>The storefront's word for a credit result (SPEC intake answer).</summary>
public static class StorefrontCreditResult
{
    public static string Of(CreditResult result, SyncState sync) => result switch
    {
        CreditResult.Ok => "OK",
        CreditResult.Ng => "NG",
        CreditResult.Hold => "HOLD",
        CreditResult.Pending => "PENDING",
        _ => "NOT_REGISTERED",
    };
}
