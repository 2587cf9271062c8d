namespace CraftCartAdmin.Features.Orders.Edit;

/// <summary>
/// How a 受注編集 save ended: <see cref="Outcome"/> in words for the user, and per-field Japanese
/// errors keyed like <see cref="Intake.NewOrderValidator"/> (customer.lastName, items[0].quantity, …).
/// </summary>
public sealed record OrderEditResult(OrderCommandResult Outcome, IReadOnlyDictionary<string, string[]> FieldErrors)
{
    private static readonly IReadOnlyDictionary<string, string[]> None = new Dictionary<string, string[]>();

    public bool Succeeded => Outcome.Succeeded;
    public string Message => Outcome.Message;
    public bool IsConflict => Outcome.Message == OrderCommandResult.ConflictMessage;

    public static OrderEditResult From(OrderCommandResult outcome) => new(outcome, None);

    public static OrderEditResult Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(OrderCommandResult.Refused("入力内容に誤りがあります。各項目のメッセージを確認してください。"), errors);
}
