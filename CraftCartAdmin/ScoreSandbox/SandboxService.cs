using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CraftCartAdmin.ScoreSandbox;

/// <summary>
/// The six operations as SCORE-API.md "Behaviour the sandbox must play" describes them. Calls run
/// one at a time so a duplicate register cannot slip past the check.
/// </summary>
internal sealed partial class SandboxService(
    SandboxDatabase database,
    IOptionsMonitor<SandboxOptions> options,
    SandboxPollSchedule pollSchedule,
    SandboxInvoiceWriter invoiceWriter,
    TimeProvider clock)
{
    private static readonly int[] CarrierCodes = [11, 12, 13, 14, 15, 16, 17, 18, 20, 21, 23, 26, 27, 28, 29, 99];
    private readonly SemaphoreSlim gate = new(1, 1);

    public Task<SandboxReply> HandleAsync(string operation, XElement root, CancellationToken cancellationToken) =>
        ExclusiveAsync(async db =>
        {
            if (!CredentialsMatch(root.Child("shopInfo")))
                return SandboxReply.Ng(SandboxErrors.Credentials, "加盟店ID・接続元ID・パスワードが一致しません。");
            return operation switch
            {
                "autotransaction.do" => await RegisterAsync(db, SandboxOrder.From(root), cancellationToken),
                "automodifytransaction.do" => await ModifyAsync(db, SandboxOrder.From(root), cancellationToken),
                "autogetauthor.do" => await InquireAsync(db, SandboxTransactionRef.From(root), cancellationToken),
                "autocancel.do" => await CancelAsync(db, SandboxTransactionRef.From(root), cancellationToken),
                "autopdrequest.do" => await ShipAsync(db, SandboxTransactionRef.From(root), root.Child("pdRequest"), cancellationToken),
                "autogetinvoice.do" => await InvoiceAsync(db, SandboxTransactionRef.From(root), cancellationToken),
                _ => SandboxReply.Ng(SandboxErrors.MalformedRequest, $"不明な操作です: {operation}"),
            };
        }, cancellationToken);

    private async Task<SandboxReply> RegisterAsync(SandboxDbContext db, SandboxOrder order, CancellationToken ct)
    {
        var existing = await db.Transactions.FirstOrDefaultAsync(t => t.ShopTransactionId == order.ShopTransactionId, ct);
        if (existing is not null)
            return SandboxReply.Ng(SandboxErrors.Duplicate, "この注文番号は登録済みです。", existing);
        var errors = SandboxOrderChecks.Check(order);
        if (errors.Count > 0) return SandboxReply.Ng(errors);

        var now = clock.GetUtcNow();
        var sequence = (await db.Transactions.MaxAsync(t => (int?)t.Id, ct) ?? 0) + 1;
        var transaction = new SandboxTransaction
        {
            NissenTransactionId = $"9{sequence:D10}",
            ShopTransactionId = order.ShopTransactionId,
            CreatedAt = now,
        };
        Apply(transaction, order, now);
        Decide(transaction, SandboxCreditRules.Decide(order), now);
        db.Transactions.Add(transaction);
        await db.SaveChangesAsync(ct);
        return SandboxReply.Ok(transaction);
    }

    private async Task<SandboxReply> ModifyAsync(SandboxDbContext db, SandboxOrder order, CancellationToken ct)
    {
        var transaction = await FindAsync(db, new SandboxTransactionRef(order.NissenTransactionId, order.ShopTransactionId), ct);
        if (transaction is null) return UnknownTransaction();
        if (RefuseChange(transaction) is { } refused) return refused;
        var errors = SandboxOrderChecks.Check(order);
        if (errors.Count > 0) return SandboxReply.Ng(errors);

        // SPEC C1: only an item change with equal amounts, or a decrease, keeps the result.
        var reReview = order.BilledAmount > transaction.BilledAmount
                       || order.Buyer.Snapshot != transaction.BuyerSnapshot
                       || order.DeliverySnapshot != transaction.DeliverySnapshot;
        var now = clock.GetUtcNow();
        Apply(transaction, order, now);
        if (reReview)
            Decide(transaction, new CreditDecision(SandboxCreditRules.Hold, SandboxCreditRules.Decide(order).Final), now);
        await db.SaveChangesAsync(ct);
        return SandboxReply.Ok(transaction);
    }

    private async Task<SandboxReply> InquireAsync(SandboxDbContext db, SandboxTransactionRef reference, CancellationToken ct)
    {
        var transaction = await FindAsync(db, reference, ct);
        if (transaction is null) return UnknownTransaction();
        var now = clock.GetUtcNow();
        if (transaction.AuthorResult == SandboxCreditRules.Hold && transaction.HoldUntil <= now)
        {
            transaction.AuthorResult = transaction.HoldFinalResult ?? SandboxCreditRules.Ok;
            transaction.HoldFinalResult = null;
            transaction.HoldUntil = null;
            transaction.AuthoriDate = now;
            transaction.UpdatedAt = now;
            await db.SaveChangesAsync(ct);
        }
        return SandboxReply.Ok(transaction);
    }

    private async Task<SandboxReply> CancelAsync(SandboxDbContext db, SandboxTransactionRef reference, CancellationToken ct)
    {
        var transaction = await FindAsync(db, reference, ct);
        if (transaction is null) return UnknownTransaction();
        if (transaction.EditedOutside) return EditedOutside(transaction);
        if (transaction.Paid) return SandboxReply.Ng(SandboxErrors.AlreadyPaid, "入金済みのためキャンセルできません。", transaction);
        if (transaction.ShippedAt is not null) return Shipped(transaction);
        transaction.Cancelled = true;
        transaction.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return SandboxReply.Ok(transaction);
    }

    private async Task<SandboxReply> ShipAsync(SandboxDbContext db, SandboxTransactionRef reference, XElement? pd, CancellationToken ct)
    {
        var transaction = await FindAsync(db, reference, ct);
        if (transaction is null) return UnknownTransaction();
        if (transaction.EditedOutside) return EditedOutside(transaction);
        if (transaction.Cancelled) return Cancelled(transaction);
        if (transaction.AuthorResult != SandboxCreditRules.Ok)
            return SandboxReply.Ng(SandboxErrors.ShipmentNeedsOk, $"与信結果が {transaction.AuthorResult} のため発送情報を登録できません。", transaction);
        if (!int.TryParse(pd.Text("pdcompanycode"), NumberStyles.None, CultureInfo.InvariantCulture, out var carrier) || !CarrierCodes.Contains(carrier))
            return SandboxReply.Ng(SandboxErrors.UnknownCarrier, $"運送会社コードが不明です: {pd.Text("pdcompanycode")}", transaction);
        var slipNo = pd.Text("slipno");
        if (!SlipNo().IsMatch(slipNo))
            return SandboxReply.Ng(SandboxErrors.BadSlipNo, "伝票番号は数字とハイフンで20文字以内です。", transaction);

        transaction.CarrierCode = carrier;
        transaction.SlipNo = slipNo;
        transaction.ShippedAt ??= clock.GetUtcNow();
        transaction.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return SandboxReply.Ok(transaction);
    }

    private async Task<SandboxReply> InvoiceAsync(SandboxDbContext db, SandboxTransactionRef reference, CancellationToken ct)
    {
        var transaction = await FindAsync(db, reference, ct);
        if (transaction is null) return UnknownTransaction();
        if (transaction.PaymentType != 3 || transaction.AuthorResult != SandboxCreditRules.Ok || transaction.Cancelled)
            return SandboxReply.Ng(SandboxErrors.InvoiceNotAvailable, "請求書印字データは同梱契約で与信OKの取引のみ取得できます。", transaction);
        transaction.InvoiceRequests++;
        await db.SaveChangesAsync(ct);
        return SandboxReply.Ok(transaction, invoiceWriter.Write(transaction, clock.GetUtcNow()));
    }

    private void Decide(SandboxTransaction transaction, CreditDecision decision, DateTimeOffset now)
    {
        transaction.AuthorResult = decision.Now;
        var hold = decision.Now == SandboxCreditRules.Hold;
        transaction.HoldFinalResult = hold ? decision.Final : null;
        transaction.HoldUntil = hold ? pollSchedule.NextAfter(now) : null;
        transaction.AuthoriDate = now;
    }

    private static void Apply(SandboxTransaction transaction, SandboxOrder order, DateTimeOffset now)
    {
        transaction.ShopOrderDate = order.ShopOrderDate;
        transaction.BilledAmount = order.BilledAmount;
        transaction.PaymentType = order.PaymentType;
        transaction.BuyerSnapshot = order.Buyer.Snapshot;
        transaction.DeliverySnapshot = order.DeliverySnapshot;
        transaction.OrderXml = order.OrderXml;
        transaction.UpdatedAt = now;
    }

    private static SandboxReply? RefuseChange(SandboxTransaction t) =>
        t.EditedOutside ? EditedOutside(t)
        : t.Cancelled ? Cancelled(t)
        : t.ShippedAt is not null ? Shipped(t)
        : null;

    private static SandboxReply EditedOutside(SandboxTransaction t) =>
        SandboxReply.Ng(SandboxErrors.EditedOutside, "SCORE管理画面で変更された取引のため、連携できません。", t);

    private static SandboxReply Shipped(SandboxTransaction t) =>
        SandboxReply.Ng(SandboxErrors.AlreadyShipped, "発送情報登録済みのため変更・キャンセルできません。", t);

    private static SandboxReply Cancelled(SandboxTransaction t) =>
        SandboxReply.Ng(SandboxErrors.AlreadyCancelled, "キャンセル済みの取引です。", t);

    private static SandboxReply UnknownTransaction() =>
        SandboxReply.Ng(SandboxErrors.UnknownTransaction, "該当する取引がありません。");

    private static Task<SandboxTransaction?> FindAsync(SandboxDbContext db, SandboxTransactionRef reference, CancellationToken ct) =>
        string.IsNullOrEmpty(reference.NissenTransactionId)
            ? db.Transactions.FirstOrDefaultAsync(t => t.ShopTransactionId == reference.ShopTransactionId, ct)
            : db.Transactions.FirstOrDefaultAsync(t => t.NissenTransactionId == reference.NissenTransactionId, ct);

    private bool CredentialsMatch(XElement? shopInfo)
    {
        var expected = options.CurrentValue;
        return expected.ShopCode.Length > 0
               && shopInfo.Text("shopCode") == expected.ShopCode
               && shopInfo.Text("terminalId") == expected.TerminalId
               && shopInfo.Text("shopPassword") == expected.Password;
    }

    /// <summary>Runs one operation alone, on its own context, e.g. for the control endpoints too.</summary>
    public async Task<T> ExclusiveAsync<T>(Func<SandboxDbContext, Task<T>> work, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await database.OpenAsync(cancellationToken);
            return await work(db);
        }
        finally
        {
            gate.Release();
        }
    }

    [GeneratedRegex("^[0-9-]{1,20}$")]
    private static partial Regex SlipNo();
}
