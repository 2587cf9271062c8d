namespace CraftCartAdmin.ScoreSandbox;

/// <summary>
/// Error codes the sandbox answers with. Only MULT0015 is SCORE's own (public); the SBX codes are
/// the sandbox's (SCORE-API.md "Error codes").
/// </summary>
public static class SandboxErrors
{
    public const string Duplicate = "SBX0001";
    public const string Credentials = "SBX0002";
    public const string DetailsDoNotAddUp = "SBX0003";
    public const string InvalidField = "SBX0004";
    public const string UnknownTransaction = "SBX0005";
    public const string MalformedRequest = "SBX0006";
    public const string ShipmentNeedsOk = "SBX0101";
    public const string AlreadyShipped = "SBX0102";
    public const string UnknownCarrier = "SBX0103";
    public const string BadSlipNo = "SBX0104";
    public const string AlreadyCancelled = "SBX0105";
    public const string InvoiceNotAvailable = "SBX0201";
    public const string EditedOutside = "SBX0301";
    public const string AlreadyPaid = "MULT0015";
}

internal sealed record SandboxError(string Code, string Message);

/// <summary>What an operation answers; turned into SCORE's response XML by the endpoint.</summary>
internal sealed record SandboxReply(SandboxTransaction? Transaction, IReadOnlyList<SandboxError> Errors, System.Xml.Linq.XElement[] Extra)
{
    public bool IsOk => Errors.Count == 0;

    public static SandboxReply Ok(SandboxTransaction transaction, params System.Xml.Linq.XElement[] extra) => new(transaction, [], extra);

    public static SandboxReply Ng(string code, string message, SandboxTransaction? transaction = null) =>
        new(transaction, [new SandboxError(code, message)], []);

    public static SandboxReply Ng(IReadOnlyList<SandboxError> errors) => new(null, errors, []);
}
