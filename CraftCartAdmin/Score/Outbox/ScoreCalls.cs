using System.Text.Json;
using CraftCartAdmin.Data.Outbox;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Settings;

namespace CraftCartAdmin.Score.Outbox;

/// <summary>One outbox operation as a SCORE call: the request from the order as it is now, and the meaning of the answer.</summary>
internal static class ScoreCalls
{
    public const string Duplicate = "SBX0001";
    public const string AlreadyPaid = "MULT0015";
    public const string AlreadyCancelled = "SBX0105";
    public const string EditedOutside = "SBX0301";

    public const string OutsideEditMessage =
        "スコア後払いの管理画面で修正・取消されたため、この受注の連携を停止しました（連携停止）。以降の変更はスコア後払いの管理画面で行ってください。";

    public static async Task<ScoreCallResult> SendAsync(IScoreClient client, ScoreCredentials credentials, ContractType contract,
        Order order, OutboxOperation operation, CancellationToken cancellationToken)
    {
        switch (operation)
        {
            case OutboxOperation.Register:
            {
                var request = ScoreOrderMapper.ToOrderRequest(order, contract);
                if (Invalid(request) is { } invalid) return invalid;
                var response = await client.RegisterAsync(credentials, request, cancellationToken);
                // A register whose first answer was lost took effect: SCORE names the existing transaction.
                if (response.IsOk || (response.HasError(Duplicate)
                                      && response.Transaction is { NissenTransactionId: not null, CreditResult: not CreditResult.None }))
                    return ScoreCallResult.Done(AdoptTransaction(response.Transaction!));
                return Refusal(response);
            }
            case OutboxOperation.Modify:
            {
                var request = ScoreOrderMapper.ToOrderRequest(order, contract) with { NissenTransactionId = order.ScoreTransactionId };
                if (Invalid(request) is { } invalid) return invalid;
                var response = await client.ModifyAsync(credentials, request, cancellationToken);
                return response.IsOk ? ScoreCallResult.Done(AdoptTransaction(response.Transaction!)) : Refusal(response);
            }
            case OutboxOperation.InquireCredit:
            {
                var response = await client.InquireCreditAsync(credentials, ScoreOrderMapper.ToTransactionRef(order), cancellationToken);
                return response.IsOk ? ScoreCallResult.Done(AdoptTransaction(response.Transaction!)) : Refusal(response);
            }
            case OutboxOperation.Cancel:
            {
                var response = await client.CancelAsync(credentials, ScoreOrderMapper.ToTransactionRef(order), cancellationToken);
                // MULT0015: already paid, nothing left to cancel (SCORE-API.md); SBX0105: a repeated cancel.
                return response.IsOk || response.HasError(AlreadyPaid) || response.HasError(AlreadyCancelled)
                    ? ScoreCallResult.Done()
                    : Refusal(response);
            }
            case OutboxOperation.RegisterShipment:
            {
                var address = order.ShipTo.Address;
                var request = new ScoreShipmentRequest(ScoreOrderMapper.ToTransactionRef(order), order.DeliveryMethod?.CarrierCode ?? 0,
                    order.TrackingNumber ?? "", address.Prefecture, address.City, address.Rest);
                var response = await client.RegisterShipmentAsync(credentials, request, cancellationToken);
                return response.IsOk ? ScoreCallResult.Done((_, o, now) => o.ShipmentRegisteredAt ??= now) : Refusal(response);
            }
            case OutboxOperation.GetInvoiceData:
            {
                var response = await client.GetInvoiceDataAsync(credentials, ScoreOrderMapper.ToTransactionRef(order), cancellationToken);
                if (!response.IsOk || response.Invoice is null) return Refusal(response);
                var json = JsonSerializer.Serialize(response.Invoice, InvoicePrintData.JsonOptions);
                return ScoreCallResult.Done((db, o, now) => StoreInvoice(db, o, json, now));
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(operation), operation, null);
        }
    }

    private static ScoreCallResult? Invalid(ScoreOrderRequest request)
    {
        var problems = ScoreRequestValidator.Validate(request);
        return problems.Count == 0 ? null
            : ScoreCallResult.Refused("送信前の確認でエラーがありました：" + string.Join(" ", problems.Select(p => p.Message)));
    }

    private static ScoreCallResult Refusal(ScoreResponse response)
    {
        if (response.HasError(EditedOutside)) return ScoreCallResult.OutsideEdit(OutsideEditMessage);
        var errors = response.Errors.Count == 0 ? "理由の記載なし" : string.Join(" ", response.Errors.Select(e => $"[{e.Code}] {e.Message}"));
        return ScoreCallResult.Refused($"スコア後払いが処理を受け付けませんでした：{errors}");
    }

    private static Action<Data.CraftCartDbContext, Order, DateTimeOffset> AdoptTransaction(ScoreTransactionResult transaction) => (_, order, now) =>
    {
        order.ScoreTransactionId = transaction.NissenTransactionId ?? order.ScoreTransactionId;
        order.CreditResult = transaction.CreditResult;
        order.CreditCheckedAt = now;
    };

    private static void StoreInvoice(Data.CraftCartDbContext db, Order order, string json, DateTimeOffset now)
    {
        var existing = db.InvoicePrintData.Find(order.Id);
        if (existing is null) db.InvoicePrintData.Add(new InvoicePrintData { OrderId = order.Id, Json = json, FetchedAt = now });
        else { existing.Json = json; existing.FetchedAt = now; }
        if (order.InvoiceState == InvoiceState.None) order.InvoiceState = InvoiceState.NotTaken;
    }
}
