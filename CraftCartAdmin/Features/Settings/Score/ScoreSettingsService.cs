using CraftCartAdmin.Data;
using CraftCartAdmin.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Features.Settings.Score;

/// <summary>
/// Reads and saves 詳細設定＞スコア後払い (SPEC S1) and adds the system payment method スコア後払い on the
/// first save (S2). The ダイレクトパスワード goes in encrypted and never comes out except to the connection test.
/// </summary>
public sealed class ScoreSettingsService(
    IDbContextFactory<CraftCartDbContext> contextFactory,
    ScorePasswordProtector passwordProtector,
    IScoreConnectionTester connectionTester,
    IConfiguration configuration,
    ILogger<ScoreSettingsService> logger)
{
    public const int MaxIdLength = 20;
    public const int MaxPasswordLength = 64;
    public const int MaxInvoiceFeeYen = 10_000;
    public const string ScorePaymentMethodName = "スコア後払い";

    /// <summary>How the page names the endpoint used when the shop sets none.</summary>
    public string DefaultEndpointLabel =>
        configuration["Score:BaseUrl"] is { Length: > 0 } configured
            ? $"設定ファイルの既定値（{configured}）"
            : "組み込みのサンドボックス（/score-sandbox/）";

    public async Task<ScoreSettingsView> LoadAsync(CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var s = await db.ShopSettings.AsNoTracking().SingleOrDefaultAsync(x => x.Id == ShopSettings.SingletonId, ct)
                ?? new ShopSettings();
        return new ScoreSettingsView(
            s.ScoreShopCode ?? "", s.ScoreTerminalId ?? "", !string.IsNullOrEmpty(s.ScorePasswordProtected),
            s.ContractType, s.Plan, s.InvoiceFeeYen, s.InvoiceCsvEncoding, s.ScoreBaseUrl, DefaultEndpointLabel);
    }

    /// <summary>Validates and saves; on the first save also adds the system payment method スコア後払い (S2).</summary>
    public async Task<SettingsResult> SaveAsync(ScoreSettingsInput input, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var settings = await db.ShopSettings.SingleOrDefaultAsync(x => x.Id == ShopSettings.SingletonId, ct);
        var passwordIsSet = !string.IsNullOrEmpty(settings?.ScorePasswordProtected);

        var errors = Validate(input, passwordIsSet);
        if (errors.Count > 0) return SettingsResult.From(errors);

        if (settings is null)
        {
            settings = new ShopSettings();
            db.ShopSettings.Add(settings);
        }
        settings.ScoreShopCode = input.ShopCode.Trim();
        settings.ScoreTerminalId = input.TerminalId.Trim();
        if (!string.IsNullOrEmpty(input.NewPassword))
            settings.ScorePasswordProtected = passwordProtector.Protect(input.NewPassword);
        settings.ContractType = input.ContractType;
        settings.Plan = input.Plan;
        settings.InvoiceFeeYen = input.InvoiceFeeYen;
        settings.InvoiceCsvEncoding = input.InvoiceCsvEncoding;
        settings.ScoreBaseUrl = string.IsNullOrWhiteSpace(input.BaseUrl) ? null : input.BaseUrl.Trim();

        var addedPaymentMethod = false;
        if (!await db.PaymentMethods.AnyAsync(p => p.Code == PaymentMethod.ScoreCode, ct))
        {
            var nextSort = (await db.PaymentMethods.MaxAsync(p => (int?)p.SortOrder, ct) ?? 0) + 1;
            db.PaymentMethods.Add(new PaymentMethod
            {
                Code = PaymentMethod.ScoreCode, Name = ScorePaymentMethodName, IsSystem = true, SortOrder = nextSort,
            });
            addedPaymentMethod = true;
        }

        var saved = await ConcurrentChange.SaveAsync(db, logger, ct);
        if (!saved.Succeeded) return saved;
        // The password is deliberately absent from this line (S1: never logged).
        logger.LogInformation("SCORE settings saved for shop code {ShopCode}; password replaced: {PasswordReplaced}; system payment method added: {Added}.",
            settings.ScoreShopCode, !string.IsNullOrEmpty(input.NewPassword), addedPaymentMethod);
        return SettingsResult.Ok;
    }

    /// <summary>
    /// 接続テスト with the values on the form; an empty password field tests the stored password.
    /// </summary>
    public async Task<ConnectionTestResult> TestConnectionAsync(ScoreSettingsInput input, CancellationToken ct = default)
    {
        var errors = ValidateIdsAndUrl(input);
        string? password = input.NewPassword;
        if (string.IsNullOrEmpty(password))
        {
            await using var db = await contextFactory.CreateDbContextAsync(ct);
            var stored = await db.ShopSettings.AsNoTracking()
                .Where(x => x.Id == ShopSettings.SingletonId).Select(x => x.ScorePasswordProtected).SingleOrDefaultAsync(ct);
            if (string.IsNullOrEmpty(stored))
                errors.Add("ダイレクトパスワードを入力してください。");
            else
            {
                try { password = passwordProtector.Unprotect(stored); }
                catch (System.Security.Cryptography.CryptographicException)
                {
                    logger.LogWarning("The stored SCORE direct password cannot be decrypted (the Data Protection key ring changed).");
                    errors.Add("保存されているダイレクトパスワードを復号できません。ダイレクトパスワードを入力し直してください。");
                }
            }
        }
        if (errors.Count > 0) return new ConnectionTestResult(false, string.Join(" ", errors));

        var baseUrl = string.IsNullOrWhiteSpace(input.BaseUrl) ? null : input.BaseUrl.Trim();
        return await connectionTester.TestAsync(input.ShopCode.Trim(), input.TerminalId.Trim(), password!, baseUrl, ct);
    }

    private static List<string> Validate(ScoreSettingsInput input, bool passwordIsSet)
    {
        var errors = ValidateIdsAndUrl(input);
        if (string.IsNullOrEmpty(input.NewPassword))
        {
            if (!passwordIsSet) errors.Add("ダイレクトパスワードを入力してください。");
        }
        else if (input.NewPassword.Length > MaxPasswordLength)
            errors.Add($"ダイレクトパスワードは{MaxPasswordLength}文字以内で入力してください。");
        else if (input.NewPassword.Any(c => c < '!' || c > '~'))
            errors.Add("ダイレクトパスワードは半角英数字・記号で入力してください。");

        if (!Enum.IsDefined(input.ContractType)) errors.Add("契約タイプを選択してください。");
        if (!Enum.IsDefined(input.Plan)) errors.Add("プランを選択してください。");
        if (input.InvoiceFeeYen is < 0 or > MaxInvoiceFeeYen)
            errors.Add($"請求書発行手数料は0円から{MaxInvoiceFeeYen:N0}円の範囲で入力してください。");
        if (!Enum.IsDefined(input.InvoiceCsvEncoding)) errors.Add("請求書CSVの文字コードを選択してください。");
        return errors;
    }

    private static List<string> ValidateIdsAndUrl(ScoreSettingsInput input)
    {
        var errors = new List<string>();
        CheckId(input.ShopCode, "加盟店ID", errors);
        CheckId(input.TerminalId, "接続元ID", errors);
        if (!string.IsNullOrWhiteSpace(input.BaseUrl)
            && !(Uri.TryCreate(input.BaseUrl.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            errors.Add("APIの接続先URLは http:// または https:// で始まるURLを入力してください。");
        return errors;
    }

    private static void CheckId(string? value, string label, List<string> errors)
    {
        var v = value?.Trim() ?? "";
        if (v.Length == 0) errors.Add($"{label}を入力してください。");
        else if (!HalfWidth.IsAlphanumeric(v)) errors.Add($"{label}は半角英数字で入力してください。");
        else if (v.Length > MaxIdLength) errors.Add($"{label}は{MaxIdLength}文字以内で入力してください。");
    }
}
