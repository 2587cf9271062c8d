namespace CraftCartAdmin.Domain.Orders;

/// <summary>A domain rule refused an operation. <see cref="Exception.Message"/> is shown to shop staff as is.</summary>
public sealed class OrderRuleException(string code, string message) : Exception(message)
{
    /// <summary>A stable identifier of the refusing rule, for tests and logs.</summary>
    public string Code { get; } = code;
}
