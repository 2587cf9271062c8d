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

    /// <param name="configureServices">
    /// Registers the test's own services. It runs before the renderer is configured, because bunit refuses
    /// registrations once a service has been resolved (SetRendererInfo resolves the renderer).
    /// </param>
    protected MudTestContext(Action<IServiceCollection> configureServices)
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.ShowTransitionDuration = 0;
            options.SnackbarConfiguration.HideTransitionDuration = 0;
            options.PopoverOptions.CheckForPopoverProvider = false;
        });
        configureServices(Services);
        AddServices(Services);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true)); // resolves services: nothing can be added after it
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("ja-JP");
    }

    /// <summary>Registers a derived context's services; called before the first service is resolved.</summary>
    protected virtual void AddServices(IServiceCollection services) { }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;
    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();
}
