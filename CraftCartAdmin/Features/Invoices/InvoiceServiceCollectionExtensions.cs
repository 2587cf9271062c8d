using CraftCartAdmin.Features.Shipping;

using CraftCartAdmin.Features.Invoices;

// In the DI namespace, as ASP.NET Core's own Add* methods are, so the app's registration needs no extra using.
namespace Microsoft.Extensions.DependencyInjection;

public static class InvoiceServiceCollectionExtensions
{
    /// <summary>請求書同梱 (I2, I3) and 配送伝票番号の登録（CSV） (H1).</summary>
    public static IServiceCollection AddInvoicesAndTrackingCsv(this IServiceCollection services)
    {
        services.AddScoped<InvoiceExportService>();
        services.AddScoped<ShopContractQuery>();
        services.AddScoped<FileDownloader>();
        services.AddScoped<TrackingCsvImportService>();
        return services;
    }
}
