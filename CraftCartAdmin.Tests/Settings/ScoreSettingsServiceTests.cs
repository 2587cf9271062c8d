using CraftCartAdmin.Domain.Settings;
using CraftCartAdmin.Features.Settings.Score;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Tests.Settings;

/// <summary>SPEC S1 (詳細設定＞スコア後払い) and S2 (the system payment method added on the first save).</summary>
public sealed class ScoreSettingsServiceTests(FreshShop shop) : IClassFixture<FreshShop>
{
    private const string Password = "Direct-Pass-9f3k";

    private static ScoreSettingsInput Valid(string? password = Password) => new()
    {
        ShopCode = "SHOP0001", TerminalId = "TERM01", NewPassword = password,
        ContractType = ContractType.Bundled, Plan = ScorePlan.C, InvoiceFeeYen = 200,
        InvoiceCsvEncoding = CsvEncodingChoice.Utf8Bom, BaseUrl = "https://api.example.jp/score/",
    };

    [Fact]
    public async Task S2_first_save_adds_the_system_payment_method_once()
    {
        await using (var db = await shop.Db.CreateDbContextAsync())
            await db.PaymentMethods.Where(p => p.Code == PaymentMethod.ScoreCode).ExecuteDeleteAsync();
        var service = shop.ScoreSettings();

        Assert.True((await service.SaveAsync(Valid())).Succeeded);
        Assert.True((await service.SaveAsync(Valid(password: null))).Succeeded);

        await using var check = await shop.Db.CreateDbContextAsync();
        var score = Assert.Single(await check.PaymentMethods.Where(p => p.Code == PaymentMethod.ScoreCode).ToListAsync());
        Assert.Equal("スコア後払い", score.Name);
        Assert.True(score.IsSystem);
    }

    [Fact]
    public async Task S1_saved_settings_load_back_without_the_password()
    {
        var service = shop.ScoreSettings();
        Assert.True((await service.SaveAsync(Valid())).Succeeded);

        var view = await service.LoadAsync();

        Assert.Equal(("SHOP0001", "TERM01", ContractType.Bundled, ScorePlan.C, 200, CsvEncodingChoice.Utf8Bom, "https://api.example.jp/score/"),
            (view.ShopCode, view.TerminalId, view.ContractType, view.Plan, view.InvoiceFeeYen, view.InvoiceCsvEncoding, view.BaseUrl));
        Assert.True(view.PasswordIsSet);
        Assert.DoesNotContain(Password, view.ToString());
        Assert.Null(ScoreSettingsInput.From(view).NewPassword);
    }

    [Fact]
    public async Task S1_password_is_stored_encrypted_and_an_empty_field_keeps_it()
    {
        var service = shop.ScoreSettings();
        Assert.True((await service.SaveAsync(Valid())).Succeeded);
        Assert.True((await service.SaveAsync(Valid(password: "")) ).Succeeded);

        await using var db = await shop.Db.CreateDbContextAsync();
        var stored = (await db.ShopSettings.SingleAsync()).ScorePasswordProtected!;
        Assert.DoesNotContain(Password, stored);
        Assert.Equal(Password, shop.Protector.Unprotect(stored));
    }

    [Fact]
    public async Task S1_empty_endpoint_means_the_configured_default_sandbox()
    {
        var service = shop.ScoreSettings();
        var input = Valid();
        input.BaseUrl = "  ";
        Assert.True((await service.SaveAsync(input)).Succeeded);

        var view = await service.LoadAsync();

        Assert.Null(view.BaseUrl);
        Assert.Contains("サンドボックス", view.EffectiveEndpointLabel);
    }

    public static TheoryData<string, string, string, string?, string> InvalidInputs() => new()
    {
        { "", "TERM01", "https://x.example/", Password, "加盟店IDを入力してください。" },
        { "ＳＨＯＰ１", "TERM01", "https://x.example/", Password, "加盟店IDは半角英数字で入力してください。" },
        { "SHOP-01", "TERM01", "https://x.example/", Password, "加盟店IDは半角英数字で入力してください。" },
        { new string('A', 21), "TERM01", "https://x.example/", Password, "加盟店IDは20文字以内で入力してください。" },
        { "SHOP01", "", "https://x.example/", Password, "接続元IDを入力してください。" },
        { "SHOP01", "TERM01", "ftp://x.example/", Password, "APIの接続先URLは http:// または https:// で始まるURLを入力してください。" },
        { "SHOP01", "TERM01", "api.example.jp/score", Password, "APIの接続先URLは http:// または https:// で始まるURLを入力してください。" },
        { "SHOP01", "TERM01", "https://x.example/", "パスワード", "ダイレクトパスワードは半角英数字・記号で入力してください。" },
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public async Task S1_invalid_input_is_refused_in_Japanese_and_nothing_changes(string shopCode, string terminalId, string url, string? password, string message)
    {
        var service = shop.ScoreSettings();
        var before = await service.LoadAsync();

        var result = await service.SaveAsync(new ScoreSettingsInput { ShopCode = shopCode, TerminalId = terminalId, BaseUrl = url, NewPassword = password });

        Assert.False(result.Succeeded);
        Assert.Contains(message, result.Errors);
        Assert.Equal(before, await service.LoadAsync());
    }

    [Fact]
    public async Task S1_connection_test_uses_the_typed_password_or_else_the_stored_one()
    {
        var tester = new RecordingConnectionTester(new ConnectionTestResult(true, "接続に成功しました。"));
        var service = shop.ScoreSettings(tester);
        Assert.True((await service.SaveAsync(Valid())).Succeeded);

        var withStored = await service.TestConnectionAsync(Valid(password: null));
        await service.TestConnectionAsync(Valid(password: "Typed-Pass-1"));

        Assert.Equal(new ConnectionTestResult(true, "接続に成功しました。"), withStored);
        Assert.Equal(("SHOP0001", "TERM01", Password, "https://api.example.jp/score/"), tester.Calls[0]);
        Assert.Equal("Typed-Pass-1", tester.Calls[1].Password);
    }

    [Fact]
    public async Task S1_connection_test_fallback_says_it_is_unavailable()
    {
        var service = shop.ScoreSettings();

        var result = await service.TestConnectionAsync(Valid());

        Assert.False(result.Accepted);
        Assert.Equal("接続テストは現在利用できません。", result.Message);
    }
}
