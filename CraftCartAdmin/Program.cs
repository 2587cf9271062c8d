using System.Globalization;
using System.Text;
using CraftCartAdmin.Components;
using CraftCartAdmin.Data;
using CraftCartAdmin.Features.Orders.Intake;
using CraftCartAdmin.Infrastructure;
using CraftCartAdmin.Score.Polling;
using CraftCartAdmin.ScoreSandbox;

Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("ja-JP");

var builder = WebApplication.CreateBuilder(args);
// `dotnet run` serves MudBlazor's and the app's static web assets in every environment, not only Development.
builder.WebHost.UseStaticWebAssets();
builder.AddCraftCartAdmin();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}
app.UseSecurityHeaders();
app.UseRequestLocalization("ja-JP");
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseRateLimiter();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAdditionalIdentityEndpoints();
app.MapStorefrontIntake();
app.MapHealthChecks("/healthz").AllowAnonymous();
if (app.Configuration.GetValue<bool>("Score:Sandbox:Enabled")) app.MapScoreSandbox();

await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
}
app.Services.GetRequiredService<StorefrontApiKey>();
app.Services.UseHoldPoll();

app.Run();
