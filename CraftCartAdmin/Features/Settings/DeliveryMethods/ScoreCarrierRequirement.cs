namespace CraftCartAdmin.Features.Settings.DeliveryMethods;

/// <summary>
/// SPEC S3: a delivery method that accepts スコア後払い needs a 運送会社, because SCORE tracks the parcel by
/// its tracking number and the claim is assigned when the parcel is delivered.
/// </summary>
public static class ScoreCarrierRequirement
{
    public const string Refusal =
        "スコア後払いを利用する配送方法には運送会社の設定が必要です。スコア後払いでは登録された伝票番号の荷物を追跡し、お客様に荷物が届いた時点で請求を確定するためです。";

    public static bool IsViolated(bool acceptsScore, int? carrierCode) => acceptsScore && carrierCode is null;
}
