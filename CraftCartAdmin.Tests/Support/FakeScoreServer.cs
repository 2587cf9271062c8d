using System.Collections.Concurrent;
using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CraftCartAdmin.Tests.Support;

/// <summary>What the client sent: the operation's path and the order it is about (NissenTransactionId is empty on register).</summary>
public sealed record FakeScoreRequest(string Path, string ShopTransactionId, string NissenTransactionId, string BilledAmount);

/// <summary>How the fake SCORE answers one request; <see cref="FakeScoreAnswers"/> has the catalogue.</summary>
public delegate Task FakeScoreAnswer(HttpContext context, FakeScoreRequest request);

/// <summary>
/// A stand-in for SCORE on real Kestrel at 127.0.0.1 that answers whatever <see cref="Answer"/> says,
/// however broken, and keeps what it was asked.
/// </summary>
public sealed class FakeScoreServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeScoreServer(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = "";
    public FakeScoreAnswer Answer { get; set; } = FakeScoreAnswers.Healthy();
    public ConcurrentQueue<FakeScoreRequest> Requests { get; } = new();

    public static async Task<FakeScoreServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeScoreServer(app);
        app.MapPost("/{**path}", server.HandleAsync);
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        try
        {
            var request = await ReadRequestAsync(context);
            Requests.Enqueue(request);
            await Answer(context, request);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The client hung up first, which is what several answers are about.
        }
    }

    private static async Task<FakeScoreRequest> ReadRequestAsync(HttpContext context)
    {
        var root = (await XDocument.LoadAsync(context.Request.Body, LoadOptions.None, context.RequestAborted)).Root!;
        string Field(string name) => root.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value ?? "";
        return new FakeScoreRequest(context.Request.Path, Field("shopTransactionId"), Field("nissenTransactionId"), Field("billedAmount"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
