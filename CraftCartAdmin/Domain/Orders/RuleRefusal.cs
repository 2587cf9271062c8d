namespace CraftCartAdmin.Domain.Orders;

/// <summary>Why a rule refuses an operation: a stable code and the Japanese message shown to staff.</summary>
public sealed record RuleRefusal(string Code, string Message)
{
    public OrderRuleException ToException() => new(Code, Message);
}
