using CraftCartAdmin.Data;
using CraftCartAdmin.Domain.Orders;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CraftCartAdmin.Features.Orders.List;

public sealed partial class OrderListPage
{
    [SupplyParameterFromQuery(Name = "credit")] public string? CreditQuery { get; set; }
    [SupplyParameterFromQuery(Name = "status")] public string? StatusQuery { get; set; }
    [SupplyParameterFromQuery(Name = "invoice")] public string? InvoiceQuery { get; set; }
    [SupplyParameterFromQuery(Name = "shipping")] public string? ShippingQuery { get; set; }
    [SupplyParameterFromQuery(Name = "sync")] public string? SyncQuery { get; set; }
    [SupplyParameterFromQuery(Name = "q")] public string? TextQuery { get; set; }

    private MudDataGrid<OrderRow>? grid;
    private OrderListFilter filter = new();
    private HashSet<OrderRow> selected = [];
    private IReadOnlyDictionary<OrderStatus, int> statusCounts = new Dictionary<OrderStatus, int>();
    private IReadOnlyList<PaymentMethodOption> paymentMethods = [];
    private List<OrderRow> rows = [];
    private IDisposable? subscription;

    protected override async Task OnInitializedAsync()
    {
        filter = new OrderListFilter
        {
            Credit = Enum.TryParse<CreditResult>(CreditQuery, out var credit) ? credit : null,
            Status = Enum.TryParse<OrderStatus>(StatusQuery, out var status) ? status : null,
            Invoice = Enum.TryParse<InvoiceState>(InvoiceQuery, out var invoice) ? invoice : null,
            AwaitingShipmentOnly = ShippingQuery == "awaiting",
            SyncProblemsOnly = SyncQuery == "problem",
            Sync = Enum.TryParse<SyncState>(SyncQuery, out var sync) ? sync : null,
            Text = TextQuery,
        };
        paymentMethods = await PaymentMethods.AllAsync();
        statusCounts = await Query.StatusCountsAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive) subscription = Notifier.Subscribe(OnOrdersChangedAsync);
    }

    private async Task<GridData<OrderRow>> LoadAsync(GridState<OrderRow> state, CancellationToken cancellationToken)
    {
        var page = await Query.PageAsync(filter, SortOf(state), state.Page, state.PageSize, cancellationToken);
        rows = page.Rows.ToList();
        return new GridData<OrderRow> { Items = rows, TotalItems = page.TotalCount };
    }

    private static OrderListSort SortOf(GridState<OrderRow> state)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        if (sort is null) return OrderListSort.Default;
        var field = sort.SortBy switch
        {
            nameof(OrderRow.OrderNumber) => OrderSortField.OrderNumber,
            nameof(OrderRow.CustomerKana) => OrderSortField.CustomerKana,
            nameof(OrderRow.Total) => OrderSortField.Total,
            nameof(OrderRow.Status) => OrderSortField.Status,
            nameof(OrderRow.ShippedOn) => OrderSortField.ShippedOn,
            _ => OrderSortField.OrderedAt,
        };
        return new OrderListSort(field, sort.Descending);
    }

    private async Task SearchAsync(OrderListFilter newFilter)
    {
        filter = newFilter;
        selected = [];
        if (grid is not null) await grid.ReloadServerData();
    }

    private Task FilterByStatusAsync(OrderStatus? status) => SearchAsync(filter with { Status = status });

    private async Task AfterBulkChangeAsync()
    {
        statusCounts = await Query.StatusCountsAsync();
        selected = [];
        if (grid is not null) await grid.ReloadServerData();
    }

    private Task RefreshRowAsync(int orderId) => RefreshRowsAsync([orderId]);

    /// <summary>Live update (SPEC O2): re-read only the changed rows on this page; reload only when a new order arrived.</summary>
    private Task OnOrdersChangedAsync(OrderChanges changes) => InvokeAsync(async () =>
    {
        if (changes.Created)
        {
            statusCounts = await Query.StatusCountsAsync();
            if (grid is not null) await grid.ReloadServerData();
            return;
        }
        await RefreshRowsAsync(changes.OrderIds);
    });

    private async Task RefreshRowsAsync(IReadOnlyCollection<int> orderIds)
    {
        var onPage = orderIds.Where(id => rows.Any(r => r.Id == id)).ToList();
        if (onPage.Count == 0) return;
        foreach (var fresh in await Query.RowsAsync(onPage))
        {
            var index = rows.FindIndex(r => r.Id == fresh.Id);
            if (index < 0) continue;
            if (selected.Remove(rows[index])) selected.Add(fresh);
            rows[index] = fresh;
        }
        statusCounts = await Query.StatusCountsAsync();
        StateHasChanged();
    }

    public void Dispose() => subscription?.Dispose();
}
