using CraftCartAdmin.Features.Orders.Edit;
using CraftCartAdmin.Features.Orders.Form;

namespace CraftCartAdmin.Features.Orders;

public static class OrderEditingServiceCollectionExtensions
{
    /// <summary>受注編集, 受注登録 and 帳票出力 (SPEC O3).</summary>
    public static IServiceCollection AddOrderEditing(this IServiceCollection services)
    {
        services.AddScoped<OrderEditCommands>();
        services.AddScoped<OrderFormLookup>();
        return services;
    }
}
