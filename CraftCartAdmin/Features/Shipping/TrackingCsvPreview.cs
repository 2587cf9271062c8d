namespace CraftCartAdmin.Features.Shipping;

/// <summary>What happens to one line of an uploaded 配送伝票番号 CSV (SPEC H1).</summary>
public enum TrackingLineOutcome
{
    Apply,
    Unchanged,
    OrderNotFound,
    Cancelled,
    InvalidNumber,
    DuplicateInFile,
    ConflictsWithExisting,
    ShipmentRegistered,
    MalformedLine,
}

public static class TrackingLineOutcomeText
{
    public static string Label(this TrackingLineOutcome outcome) => outcome switch
    {
        TrackingLineOutcome.Apply => "適用",
        TrackingLineOutcome.Unchanged => "登録済み（変更なし）",
        TrackingLineOutcome.OrderNotFound => "注文番号が見つかりません",
        TrackingLineOutcome.Cancelled => "取消済みの受注",
        TrackingLineOutcome.InvalidNumber => "伝票番号の形式エラー",
        TrackingLineOutcome.DuplicateInFile => "ファイル内で重複",
        TrackingLineOutcome.ConflictsWithExisting => "既に別の番号が登録済み",
        TrackingLineOutcome.ShipmentRegistered => "配送情報登録済み",
        TrackingLineOutcome.MalformedLine => "列の数が正しくありません",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}

/// <summary>One data line of the file, as read and as judged against the orders.</summary>
/// <param name="LineNumber">the line in the file, the header being line 1, as Excel numbers rows.</param>
public sealed record TrackingCsvLine(int LineNumber, string OrderNumber, string RawTrackingNumber, string TrackingNumber,
    TrackingLineOutcome Outcome, string Detail, string? Warning = null)
{
    public bool WillApply => Outcome == TrackingLineOutcome.Apply;
}

/// <summary>An uploaded file read and judged, before anything is changed; <see cref="FileError"/> when the file itself is refused.</summary>
public sealed record TrackingCsvPreview(IReadOnlyList<TrackingCsvLine> Lines, string? FileError = null, string? EncodingName = null)
{
    public bool IsValidFile => FileError is null;
    public int ApplicableCount => Lines.Count(l => l.WillApply);
    public static TrackingCsvPreview Refused(string error) => new([], error);
}

/// <summary>What applying did to one line.</summary>
public sealed record TrackingCsvApplyLine(int LineNumber, string OrderNumber, bool Applied, string Message, bool Shipped = false);

public sealed record TrackingCsvApplyResult(IReadOnlyList<TrackingCsvApplyLine> Lines, string Message)
{
    public int AppliedCount => Lines.Count(l => l.Applied);
    public int ShippedCount => Lines.Count(l => l.Shipped);
}
