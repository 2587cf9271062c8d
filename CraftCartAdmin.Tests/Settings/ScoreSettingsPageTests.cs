using Bunit;
using CraftCartAdmin.Features.Settings.Score;
using CraftCartAdmin.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CraftCartAdmin.Tests.Settings;

/// <summary>SPEC S1 on the page 詳細設定＞スコア後払い, as the 管理者 sees it.</summary>
public sealed class ScoreSettingsPageTests : MudTestContext, IClassFixture<FreshShop>
{
    private const string Password = "Page-Direct-Pass-5x";
    private readonly FreshShop shop;
    private readonly RecordingConnectionTester tester;

    public ScoreSettingsPageTests(FreshShop shop)
        : this(shop, new RecordingConnectionTester(new ConnectionTestResult(false, "加盟店IDまたはダイレクトパスワードが正しくありません。"))) { }

    private ScoreSettingsPageTests(FreshShop shop, RecordingConnectionTester tester)
        : base(services => services.AddSingleton(shop.ScoreSettings(tester)))
    {
        this.shop = shop;
        this.tester = tester;
        Render<MudPopoverProvider>();
    }

    private IRenderedComponent<ScoreSettingsPage> RenderWithPasswordField()
    {
        var cut = Render<ScoreSettingsPage>();
        cut.WaitForElement("[data-testid=save]");
        if (cut.FindAll("[data-testid=change-password]").Count > 0) cut.Find("[data-testid=change-password]").Click();
        return cut;
    }

    [Fact]
    public async Task S1_after_save_the_page_shows_set_and_never_the_password()
    {
        var cut = RenderWithPasswordField();
        cut.Type("#shop-code", "PAGE0001");
        cut.Type("#terminal-id", "PAGETERM");
        cut.Type("#new-password", Password);

        cut.Find("[data-testid=save]").Click();

        cut.WaitForAssertion(() => Assert.Contains("設定済み", cut.Find("[data-testid=password-set]").TextContent));
        Assert.DoesNotContain(Password, cut.Markup);
        Assert.Empty(cut.FindAll("#new-password"));
        Assert.Contains("PAGE0001", cut.Control("#shop-code").GetAttribute("value"));
        await using var db = await shop.Db.CreateDbContextAsync();
        Assert.Equal(Password, shop.Protector.Unprotect((await db.ShopSettings.SingleAsync()).ScorePasswordProtected!));
    }

    [Fact]
    public void S1_invalid_ids_are_refused_with_Japanese_messages()
    {
        var cut = RenderWithPasswordField();
        cut.Type("#shop-code", "");
        cut.Type("#terminal-id", "ＴＥＲＭ");
        cut.Type("#base-url", "score.example.jp");

        cut.Find("[data-testid=save]").Click();

        cut.WaitForAssertion(() =>
        {
            var errors = cut.Find("[data-testid=errors]").TextContent;
            Assert.Contains("加盟店IDを入力してください。", errors);
            Assert.Contains("接続元IDは半角英数字で入力してください。", errors);
            Assert.Contains("APIの接続先URLは http:// または https:// で始まるURLを入力してください。", errors);
        });
    }

    [Fact]
    public void S1_connection_test_sends_the_entered_values_and_shows_the_answer()
    {
        var cut = RenderWithPasswordField();
        cut.Type("#shop-code", "TEST0001");
        cut.Type("#terminal-id", "TESTTERM");
        cut.Type("#new-password", "Typed-Pass-2");
        cut.Type("#base-url", "https://score.example.jp/api/");

        cut.Find("[data-testid=connection-test]").Click();

        cut.WaitForAssertion(() => Assert.Contains("加盟店IDまたはダイレクトパスワードが正しくありません。", cut.Find("[data-testid=connection-test-result]").TextContent));
        Assert.Equal(("TEST0001", "TESTTERM", "Typed-Pass-2", "https://score.example.jp/api/"), Assert.Single(tester.Calls));
    }

    [Fact]
    public void S4_each_plan_shows_its_monthly_fee_and_rate_and_the_invoice_fee_defaults_to_187()
    {
        var cut = Render<ScoreSettingsPage>();

        var plans = cut.WaitForElement("[data-testid=plan]").TextContent;

        Assert.Contains("スコア A プラン　月額 ¥0　決済手数料 4.70%", plans);
        Assert.Contains("スコア B プラン　月額 ¥4,700　決済手数料 4.20%", plans);
        Assert.Contains("スコア C プラン　月額 ¥19,000　決済手数料 3.40%", plans);
        Assert.Contains("スコア D プラン　月額 ¥45,700　決済手数料 2.70%", plans);
        Assert.Contains("組み込みのサンドボックス", cut.Find("[data-testid=effective-endpoint]").TextContent);
    }
}

/// <summary>The 接続テスト fallback registered by AddSettingsFeatures, until the SCORE client brings a real one.</summary>
public sealed class ConnectionTestFallbackPageTests : MudTestContext, IClassFixture<FreshShop>
{
    public ConnectionTestFallbackPageTests(FreshShop shop) : base(services => services.AddSingleton(shop.ScoreSettings())) { }

    [Fact]
    public void S1_connection_test_says_it_is_unavailable()
    {
        var cut = Render<ScoreSettingsPage>();
        cut.WaitForElement("[data-testid=connection-test]");
        if (cut.FindAll("[data-testid=change-password]").Count > 0) cut.Find("[data-testid=change-password]").Click();
        cut.Type("#shop-code", "TEST0001");
        cut.Type("#terminal-id", "TESTTERM");
        cut.Type("#new-password", "Typed-Pass-3");

        cut.Find("[data-testid=connection-test]").Click();

        cut.WaitForAssertion(() => Assert.Contains("接続テストは現在利用できません。", cut.Find("[data-testid=connection-test-result]").TextContent));
    }
}
