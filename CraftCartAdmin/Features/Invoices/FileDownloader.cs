using Microsoft.JSInterop;

namespace CraftCartAdmin.Features.Invoices;

/// <summary>
/// Hands bytes built in the Blazor circuit to the browser as a download. The bytes travel as a
/// stream (not one SignalR message), so a CSV of thousands of orders fits.
/// </summary>
public sealed class FileDownloader(IJSRuntime js)
{
    public async Task SaveAsync(InvoiceFile file)
    {
        await using var module = await js.InvokeAsync<IJSObjectReference>("import", "./js/file-download.js");
        using var content = new DotNetStreamReference(new MemoryStream(file.Content), leaveOpen: false);
        await module.InvokeVoidAsync("saveFile", file.FileName, InvoiceFile.ContentType, content);
    }
}
