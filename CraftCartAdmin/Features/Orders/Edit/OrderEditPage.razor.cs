using System.Text.Json;
using CraftCartAdmin.Data;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Features.Orders.Form;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CraftCartAdmin.Features.Orders.Edit;

/// <summary>
/// 受注編集 (SPEC O3): everything the order holds, edited through <see cref="OrderEditCommands"/>; the
/// H5 lock, the O5 remedies and the O6 warnings shown where they apply; live 与信 updates that never
/// clobber unsaved input.
/// </summary>
public sealed partial class OrderEditPage
{
    [Parameter] public int Id { get; set; }

    [Inject] private OrderFormLookup Lookup { get; set; } = default!;
    [Inject] private OrderEditCommands EditCommands { get; set; } = default!;
    [Inject] private OrderCommands Commands { get; set; } = default!;
    [Inject] private OrderChangeNotifier Notifier { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private Order? order;
    private OrderFormChoices choices = new([], []);
    private OrderFormModel model = new();
    private string baseline = "";
    private long version;
    private bool notFound;
    private bool saving;
    private bool changedElsewhere;
    private string? conflictMessage;
    private string? resultMessage;
    private bool resultOk;
    private IReadOnlyDictionary<string, string[]> errors = new Dictionary<string, string[]>();
    private MudSelect<int>? paymentSelect;
    private IDisposable? subscription;

    private bool isScore;
    private bool locked;
    private IReadOnlyList<NgRemedy> ngRemedies = [];
    private IReadOnlyList<OrderStatus> offeredStatuses = [];
    private IReadOnlyList<RuleRefusal> shippingRefusals = [];
    private ScoreEditDecision previewDecision;
    private string? switchNotice;

    protected override async Task OnParametersSetAsync()
    {
        choices = await Lookup.ChoicesAsync();
        await ReloadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive) subscription = Notifier.Subscribe(OnOrdersChangedAsync);
    }

    /// <summary>Reads the order again and starts over from what is stored (input is discarded).</summary>
    private async Task ReloadAsync()
    {
        var fresh = await Lookup.OrderAsync(Id);
        notFound = fresh is null;
        if (fresh is null) return;
        order = fresh;
        model = OrderFormModel.From(fresh);
        baseline = Serialize(model);
        version = fresh.Version;
        changedElsewhere = false;
        conflictMessage = null;
        errors = new Dictionary<string, string[]>();
    }

    private static string Serialize(OrderFormModel m) => JsonSerializer.Serialize(m);

    private bool HasUnsavedInput => order is not null && Serialize(model) != baseline;

    /// <summary>Live updates: the 与信 display follows the store at once; the form only when nothing is being typed.</summary>
    private Task OnOrdersChangedAsync(OrderChanges changes)
    {
        if (!changes.OrderIds.Contains(Id)) return Task.CompletedTask;
        return InvokeAsync(async () =>
        {
            try
            {
                if (saving) return; // the save reloads when it ends
                var fresh = await Lookup.OrderAsync(Id);
                if (fresh is null || order is null) return;
                if (fresh.Version == version) return;
                if (HasUnsavedInput)
                {
                    order = fresh;
                    changedElsewhere = true;
                }
                else
                {
                    await ReloadAsync();
                }
                StateHasChanged();
            }
            catch (Exception e)
            {
                await DispatchExceptionAsync(e);
            }
        });
    }

    /// <summary>What the rules say about the order as the user is editing it (gate, lock, remedies, re-review preview).</summary>
    private void Recompute()
    {
        if (order is null) return;
        isScore = order.PaymentMethod!.IsScore;
        locked = OrderLock.IsContentLocked(order);
        ngRemedies = PaymentMethodChange.NgRemedies(order);

        // The gate is asked about the order with the tracking number and payment method being entered.
        var (tracking, payment) = (order.TrackingNumber, order.PaymentMethod);
        var chosen = choices.Payment(model.PaymentMethodId);
        try
        {
            order.TrackingNumber = string.IsNullOrWhiteSpace(model.TrackingNumber) ? null : model.TrackingNumber;
            if (chosen is not null && chosen.Id != payment.Id)
                order.PaymentMethod = new Domain.Settings.PaymentMethod { Id = chosen.Id, Code = chosen.Code, Name = chosen.Name };
            offeredStatuses = OrderStatusChanger.OfferedStatuses(order);
            shippingRefusals = OrderStatusMachine.NextStatuses(order.Status).Where(s => s.RecordsShipDate() && !offeredStatuses.Contains(s))
                .SelectMany(s => ShippingGate.Refusals(order, s)).ToList();
        }
        finally
        {
            (order.TrackingNumber, order.PaymentMethod) = (tracking, payment);
        }

        previewDecision = isScore && chosen?.IsScore == true && !locked
            ? ReReviewPolicy.Decide(OrderSnapshot.Of(order), model.ToSnapshot())
            : ScoreEditDecision.NoChange;
        switchNotice = chosen is null || chosen.Id == order.PaymentMethodId ? null
            : isScore && !chosen.IsScore ? "保存するとスコア後払いへキャンセルを送信します。"
            : !isScore && chosen.IsScore ? "保存するとスコア後払いへ注文情報を登録し、与信結果を待ちます。"
            : null;
    }

    private void Change(Action set) => set();

    /// <summary>Locked sections (H5) look read-only, not just behave so.</summary>
    private string SectionClass => locked ? "pa-4 section section-locked" : "pa-4 section";
    private string LockedMark => locked ? "（変更できません）" : "";

    private void ShipToCustomerChanged(bool sameAsCustomer)
    {
        if (!sameAsCustomer && !model.SeparateShipTo) model.ShipTo = model.Customer.Copy();
        model.SeparateShipTo = !sameAsCustomer;
    }

    private void DeliveryChanged(int deliveryId)
    {
        model.DeliveryMethodId = deliveryId;
        if (choices.Delivery(deliveryId) is { } delivery) model.ShippingFee = delivery.Fee;
        if (choices.PaymentsFor(deliveryId).All(p => p.Id != model.PaymentMethodId)) model.PaymentMethodId = 0;
    }

    private void PaymentChanged(int paymentId)
    {
        model.PaymentMethodId = paymentId;
        if (choices.Payment(paymentId) is { } payment) model.PaymentFee = payment.Fee;
    }

    private string? ErrorOf(string field) => errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;

    private async Task SaveAsync()
    {
        if (saving || order is null) return;
        saving = true;
        try
        {
            var result = await EditCommands.SaveAsync(Id, model, version);
            if (result.Succeeded)
            {
                await ReloadAsync();
                Show(true, result.Message);
            }
            else if (result.IsConflict)
            {
                conflictMessage = result.Message;
                resultMessage = null;
            }
            else
            {
                errors = result.FieldErrors;
                Show(false, result.Message);
            }
        }
        finally
        {
            saving = false;
        }
    }

    private void Show(bool ok, string message)
    {
        (resultOk, resultMessage) = (ok, message);
        Snackbar.Add(message, ok ? Severity.Success : Severity.Error);
    }

    /// <summary>SPEC O5: switch the payment method, or cancel the order after a confirmation.</summary>
    private async Task RunRemedyAsync(NgRemedy remedy)
    {
        if (remedy.Kind == NgRemedyKind.ChangePaymentMethod)
        {
            if (paymentSelect is not null)
            {
                await paymentSelect.FocusAsync();
                await paymentSelect.OpenMenu();
            }
            return;
        }

        var confirmed = await Dialogs.ShowMessageBoxAsync("注文取消し",
            $"注文番号 {order!.OrderNumber} を注文取消しにします。スコア後払いへキャンセルを送信します。よろしいですか？",
            yesText: "注文取消しにする", cancelText: "やめる");
        if (confirmed != true) return;
        saving = true;
        try
        {
            var result = await Commands.ChangeStatusAsync(Id, OrderStatus.Cancelled, version);
            if (result.Message == OrderCommandResult.ConflictMessage) { conflictMessage = result.Message; return; }
            if (result.Succeeded) await ReloadAsync();
            Show(result.Succeeded, result.Message);
        }
        finally
        {
            saving = false;
        }
    }

    public void Dispose() => subscription?.Dispose();
}
