using System.Text;
using Microsoft.AspNetCore.Http;

namespace CraftCartAdmin.Tests.Support;

/// <summary>The answers <see cref="FakeScoreServer"/> can give: SCORE's own, and every way of breaking one.</summary>
public static class FakeScoreAnswers
{
    private const string XmlContentType = "application/xml; charset=utf-8";
    private static int nextTransaction;

    /// <summary>SCORE's answer to a request, as SCORE-API.md "Response" shows it.</summary>
    public static string RealAnswer(FakeScoreRequest request, string authorResult = "OK", string nissenTransactionId = "81234567890") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <response><result>OK</result><transactionResult><nissenTransactionId>{nissenTransactionId}</nissenTransactionId><shopTransactionId>{request.ShopTransactionId}</shopTransactionId><billedAmount>{request.BilledAmount}</billedAmount><authoriDate>2026/12/04 10:31:07</authoriDate><authorResult>{authorResult}</authorResult><holdReason><reasonCode/><reason/></holdReason></transactionResult><errors/></response>
        """;

    /// <summary>A well-formed answer: a new transaction id on register, the asked one afterwards.</summary>
    public static FakeScoreAnswer Healthy(string authorResult = "OK") => (context, request) =>
    {
        var transactionId = request.NissenTransactionId is { Length: > 0 } known ? known : $"8{Interlocked.Increment(ref nextTransaction):D10}";
        return WriteAsync(context, Encoding.UTF8.GetBytes(RealAnswer(request, authorResult, transactionId)));
    };

    public static FakeScoreAnswer Text(Func<FakeScoreRequest, string> body, string contentType = XmlContentType, int status = 200) =>
        (context, request) => WriteAsync(context, Encoding.UTF8.GetBytes(body(request)), contentType, status);

    public static FakeScoreAnswer Text(string body, string contentType = XmlContentType, int status = 200) => Text(_ => body, contentType, status);

    public static FakeScoreAnswer Bytes(byte[] body) => (context, _) => WriteAsync(context, body);

    /// <summary>A real answer cut after <paramref name="keep"/> bytes, sent as a complete HTTP response.</summary>
    public static FakeScoreAnswer Truncated(int keep) => (context, request) =>
        WriteAsync(context, Encoding.UTF8.GetBytes(RealAnswer(request))[..keep]);

    /// <summary>
    /// Half of a real answer, then the connection is aborted. Kestrel drops output not yet on the wire
    /// when aborting, so a test that needs the client to have seen the half passes
    /// <paramref name="beforeAbort"/> to wait for it; without, the cut may come before the headers.
    /// </summary>
    public static FakeScoreAnswer AbortedMidBody(Func<Task>? beforeAbort = null) => async (context, request) =>
    {
        var body = Encoding.UTF8.GetBytes(RealAnswer(request));
        context.Response.ContentType = XmlContentType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2), context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        if (beforeAbort is not null) await beforeAbort();
        context.Abort();
    };

    /// <summary>A Content-Length twice the body's: the response ends early.</summary>
    public static FakeScoreAnswer ShorterThanItsContentLength() => async (context, request) =>
    {
        var body = Encoding.UTF8.GetBytes(RealAnswer(request));
        context.Response.ContentType = XmlContentType;
        context.Response.ContentLength = body.Length * 2L;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    };

    /// <summary>Half of a real answer, then silence until the client gives up.</summary>
    public static FakeScoreAnswer StallsMidBody() => async (context, request) =>
    {
        var body = Encoding.UTF8.GetBytes(RealAnswer(request));
        context.Response.ContentType = XmlContentType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2), context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        await Task.Delay(Timeout.Infinite, context.RequestAborted);
    };

    /// <summary><paramref name="totalBytes"/> in 64 KB chunks, chunked (no Content-Length) unless <paramref name="declareLength"/>.</summary>
    public static FakeScoreAnswer Enormous(long totalBytes, bool declareLength = false) => async (context, _) =>
    {
        context.Response.ContentType = XmlContentType;
        if (declareLength) context.Response.ContentLength = totalBytes;
        var chunk = new byte[64 * 1024];
        chunk.AsSpan().Fill((byte)'x');
        for (long written = 0; written < totalBytes && !context.RequestAborted.IsCancellationRequested; written += chunk.Length)
            await context.Response.Body.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, totalBytes - written)), context.RequestAborted);
    };

    /// <summary>Answers the orders named in <paramref name="byOrder"/> their way, and every other one <paramref name="otherwise"/>.</summary>
    public static FakeScoreAnswer PerOrder(IReadOnlyDictionary<string, FakeScoreAnswer> byOrder, FakeScoreAnswer otherwise) =>
        (context, request) => (byOrder.GetValueOrDefault(request.ShopTransactionId) ?? otherwise)(context, request);

    private static async Task WriteAsync(HttpContext context, byte[] body, string contentType = XmlContentType, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }
}
