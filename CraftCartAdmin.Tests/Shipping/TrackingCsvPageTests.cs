using System.Text;
using Bunit;
using CraftCartAdmin.Data;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Features.Shipping;
using CraftCartAdmin.Tests.Support;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Tests.Shipping;

/// <summary>The 配送伝票番号の登録（CSV） page on the demo shop's database: preview, then confirm (SPEC H1).</summary>
public sealed class TrackingCsvPageTests : MudTestContext, IClassFixture<AppFixtureForPages>
{
    private readonly CraftCartAppFactory app;

    public TrackingCsvPageTests(AppFixtureForPages fixture)
        : base(services => services.AddScoped(_ => fixture.App.Services.CreateScope().ServiceProvider.GetRequiredService<TrackingCsvImportService>())) =>
        app = fixture.App;

    private async Task<string> OrderWithoutTrackingNumberAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<CraftCartDbContext>>().CreateDbContextAsync();
        return await db.Orders.Where(o => o.TrackingNumber == null && o.ShipmentRegisteredAt == null && o.Status != OrderStatus.Cancelled)
            .OrderByDescending(o => o.Id).Select(o => o.OrderNumber).FirstAsync();
    }

    [Fact]
    public async Task H1_the_preview_shows_every_line_with_its_outcome_and_confirm_applies_the_good_ones()
    {
        var number = await OrderWithoutTrackingNumberAsync();
        var csv = $"注文番号,配送伝票番号\r\n{number},９８７６５４３２１０９８\r\nNOPE-1,123456789012\r\n";
        var cut = Render<TrackingCsvPage>();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Encoding.GetEncoding("shift_jis").GetBytes(csv), "伝票番号.csv"));

        cut.WaitForAssertion(() => Assert.Equal(["適用", "注文番号が見つかりません"],
            cut.FindAll("[data-testid=line-outcome]").Select(e => e.TextContent.Trim())));
        Assert.Contains("1 件", cut.Find("[data-testid=preview-summary]").TextContent);
        Assert.Contains("Shift_JIS", cut.Find("[data-testid=preview-summary]").TextContent);
        Assert.Contains("987654321098", cut.Find("[data-testid=preview-lines]").TextContent);
        await using (var before = await app.Services.GetRequiredService<IDbContextFactory<CraftCartDbContext>>().CreateDbContextAsync())
            Assert.Null((await before.Orders.SingleAsync(o => o.OrderNumber == number)).TrackingNumber);

        cut.Find("button[data-testid=apply]").Click();

        cut.WaitForAssertion(() => Assert.Contains("1件の配送伝票番号を登録しました", cut.Find("[data-testid=apply-summary]").TextContent));
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<CraftCartDbContext>>().CreateDbContextAsync();
        Assert.Equal("987654321098", (await db.Orders.SingleAsync(o => o.OrderNumber == number)).TrackingNumber);
    }

    [Fact]
    public void H1_a_file_with_the_wrong_header_shows_a_clear_message_and_no_apply_button()
    {
        var cut = Render<TrackingCsvPage>();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("order,tracking\r\nC1,1\r\n", "wrong.csv"));

        cut.WaitForAssertion(() => Assert.Contains("1行目（見出し）は「注文番号,配送伝票番号」", cut.Find("[data-testid=file-error]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=apply]"));
    }
}

/// <summary>The demo shop in-process, shared by a class's page tests.</summary>
public sealed class AppFixtureForPages : IAsyncLifetime
{
    public CraftCartAppFactory App { get; } = new();

    public Task InitializeAsync()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        _ = App.Services; // starts the host: migrations and the demo seed
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
