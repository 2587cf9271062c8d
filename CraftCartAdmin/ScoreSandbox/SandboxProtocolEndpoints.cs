using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace CraftCartAdmin.ScoreSandbox;

/// <summary>The simulated SCORE API under <c>/score-sandbox/direct/</c>, with the configured faults.</summary>
internal static class SandboxProtocolEndpoints
{
    private static readonly HashSet<string> Operations =
    [
        "autotransaction.do", "automodifytransaction.do", "autogetauthor.do",
        "autocancel.do", "autopdrequest.do", "autogetinvoice.do",
    ];
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    public static void Map(RouteGroupBuilder sandbox) =>
        // SCORE authenticates with the credentials in the body, not with the app's login or antiforgery.
        sandbox.MapPost("/direct/{operation}", HandleAsync).AllowAnonymous().DisableAntiforgery();

    private static async Task HandleAsync(string operation, HttpContext context, SandboxService service, SandboxFaults faults)
    {
        if (!Operations.Contains(operation))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var fault = faults.Draw();
        // Latency and hangs are real wall-clock waits: the client's timeout is real, whatever the sandbox's clock says.
        if (faults.Latency > TimeSpan.Zero)
            await Task.Delay(faults.Latency, context.RequestAborted);

        switch (fault)
        {
            case SandboxFaultKind.ServerError:
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                await context.Response.WriteAsync("Service Temporarily Unavailable", context.RequestAborted);
                return;
            case SandboxFaultKind.Timeout:
                await HangThenDropAsync(context, faults.Hang);
                return;
            case SandboxFaultKind.MalformedBody:
                context.Response.ContentType = "application/xml; charset=utf-8";
                await context.Response.WriteAsync("<response><result>OK</result><transactionResult><nissen", context.RequestAborted);
                return;
        }

        var reply = await ReadBodyAsync(context) is { } root
            ? await service.HandleAsync(operation, root, CancellationToken.None)
            : SandboxReply.Ng(SandboxErrors.MalformedRequest, "リクエストがXMLとして読めません。");

        if (fault == SandboxFaultKind.AnswerLost)
        {
            await HangThenDropAsync(context, faults.Hang);
            return;
        }
        context.Response.ContentType = "application/xml; charset=utf-8";
        await context.Response.Body.WriteAsync(SandboxXml.ToUtf8(Response(reply)), context.RequestAborted);
    }

    private static async Task<XElement?> ReadBodyAsync(HttpContext context)
    {
        try
        {
            var document = await XDocument.LoadAsync(context.Request.Body, LoadOptions.None, context.RequestAborted);
            return document.Root;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static async Task HangThenDropAsync(HttpContext context, TimeSpan hang)
    {
        try
        {
            await Task.Delay(hang, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client gave up first, which is the point of the fault.
        }
        context.Abort();
    }

    private static XElement Response(SandboxReply reply)
    {
        XNamespace sandbox = "urn:craftcart:score-sandbox";
        return new XElement("response",
            new XAttribute(XNamespace.Xmlns + "sbx", sandbox),
            new XAttribute("version", "1.0"),
            new XElement("result", reply.IsOk ? "OK" : "NG"),
            reply.Transaction is { } t ? TransactionResult(t) : null,
            new XElement("errors", reply.Errors.Select(e =>
                new XElement("error", new XElement("errorCode", e.Code), new XElement("errorMessage", e.Message)))),
            reply.Extra);
    }

    private static XElement TransactionResult(SandboxTransaction t) =>
        new("transactionResult",
            new XElement("nissenTransactionId", t.NissenTransactionId),
            new XElement("shopTransactionId", t.ShopTransactionId),
            new XElement("billedAmount", t.BilledAmount.ToString(CultureInfo.InvariantCulture)),
            new XElement("authoriDate", TimeZoneInfo.ConvertTime(t.AuthoriDate, Tokyo).ToString("yyyy/MM/dd HH:mm:ss", CultureInfo.InvariantCulture)),
            new XElement("authorResult", t.AuthorResult),
            new XElement("holdReason", HoldReason(t.AuthorResult)));

    private static object[] HoldReason(string authorResult) => authorResult switch
    {
        SandboxCreditRules.Hold => [new XElement("reasonCode", "H01"), new XElement("reason", "審査中です。")],
        SandboxCreditRules.Pending => [new XElement("reasonCode", "P01"), new XElement("reason", "住所を確認してください。")],
        _ => [],
    };
}
