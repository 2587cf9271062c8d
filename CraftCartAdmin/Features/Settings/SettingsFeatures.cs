using CraftCartAdmin.Features.Settings.DeliveryMethods;
using CraftCartAdmin.Features.Settings.PaymentMethods;
using CraftCartAdmin.Features.Settings.Score;
using CraftCartAdmin.Features.Users;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CraftCartAdmin.Features.Settings;

public static class SettingsFeatures
{
    /// <summary>
    /// The services of 詳細設定＞スコア後払い, 支払方法設定, 配送方法・配送料 and システム＞ユーザー.
    /// </summary>
    /// <remarks>
    /// The 接続テスト fallback is added with TryAdd, so the SCORE client's real <see cref="IScoreConnectionTester"/>
    /// wins whether it is registered before or after (register it with Replace when after).
    /// </remarks>
    public static IServiceCollection AddSettingsFeatures(this IServiceCollection services)
    {
        services.AddScoped<ScoreSettingsService>();
        services.AddScoped<PaymentMethodService>();
        services.AddScoped<DeliveryMethodService>();
        services.AddScoped<UserAdministrationService>();
        services.TryAddScoped<IScoreConnectionTester, UnavailableScoreConnectionTester>();
        return services;
    }
}
