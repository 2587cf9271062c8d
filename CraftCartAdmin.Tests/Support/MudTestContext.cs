using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace CraftCartAdmin.Tests.Support;

/// <summary>A fresh bunit context per test with MudBlazor's services; disposed asynchronously, as MudBlazor needs.</summary>
public abstract class MudTestContext : BunitContext, IAsyncLifetime
{
    protected MudTestContext() : this(_ => { }) { }

    /// <param name="addServices">the test's own services, added before the renderer exists (bunit refuses them after).</param>
    protected MudTestContext(Action<IServiceCollection> addServices)
    {
        addServices(Services);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.ShowTransitionDuration = 0;
            options.SnackbarConfiguration.HideTransitionDuration = 0;
            options.PopoverOptions.CheckForPopoverProvider = false;
        });
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("ja-JP");
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;
    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();
}
