namespace CraftCartAdmin.ScoreSandbox;

/// <summary>What the sandbox refuses in a register or modify body before deciding anything.</summary>
internal static class SandboxOrderChecks
{
    private static readonly int[] PaymentTypes = [2, 3];

    public static IReadOnlyList<SandboxError> Check(SandboxOrder order)
    {
        var errors = new List<SandboxError>();
        void Invalid(string message) => errors.Add(new SandboxError(SandboxErrors.InvalidField, message));

        if (order.ShopTransactionId.Length is 0 or > 40 || !order.ShopTransactionId.All(char.IsAsciiLetterOrDigit))
            Invalid("shopTransactionId は半角英数字40文字以内です。");
        if (order.BilledAmount is < 1 or > 999_999)
            Invalid("billedAmount は1〜999999です。");
        if (!PaymentTypes.Contains(order.PaymentType))
            Invalid("paymentType は2または3です。");
        CheckParty(order.Buyer, "buyer", emailRequired: true, Invalid);
        if (order.Deliveries.Count is 0 or > 9)
            Invalid("delivery は1〜9件です。");
        foreach (var delivery in order.Deliveries)
        {
            CheckParty(delivery.Customer, "deliveryCustomer", emailRequired: false, Invalid);
            if (delivery.Details.Count == 0) Invalid("detail が1件以上必要です。");
            foreach (var d in delivery.Details)
            {
                if (d.Name.Length is 0 or > 150) Invalid("detailName は1〜150文字です。");
                if (d.Price is < -99_999 or > 999_999) Invalid("detailPrice は-99999〜999999です。");
                if (d.Quantity is < 0 or > 9_999) Invalid("detailQuantity は0〜9999です。");
            }
        }
        if (order.PaymentType == 3 && order.Deliveries.Any(d => !d.Customer.SameAddressAs(order.Buyer)))
            Invalid("同梱（paymentType 3）は購入者住所と配送先住所が同じ場合のみ利用できます。");
        if (errors.Count > 0) return errors;

        var sum = order.Deliveries.SelectMany(d => d.Details).Sum(d => d.Price * d.Quantity);
        if (sum != order.BilledAmount)
            errors.Add(new SandboxError(SandboxErrors.DetailsDoNotAddUp, $"明細の合計（{sum}）が billedAmount（{order.BilledAmount}）と一致しません。"));
        return errors;
    }

    private static void CheckParty(SandboxParty p, string block, bool emailRequired, Action<string> invalid)
    {
        if (p.FullName.Length is < 2 or > 25) invalid($"{block}.fullName は2〜25文字です。");
        if (p.FullKanaName.Length is < 2 or > 35) invalid($"{block}.fullKanaName は2〜35文字です。");
        if (p.ZipCode.Length is 0 or > 8 || !p.ZipCode.All(c => char.IsAsciiDigit(c) || c == '-')) invalid($"{block}.zipCode が不正です。");
        if (p.Address1.Length is < 1 or > 4) invalid($"{block}.address1 は1〜4文字です。");
        if (p.Address2.Length is < 2 or > 31) invalid($"{block}.address2 は2〜31文字です。");
        if (p.Address3.Length is < 2 or > 35) invalid($"{block}.address3 は2〜35文字です。");
        if (p.Tel.Length is < 8 or > 17 || !p.Tel.All(char.IsAsciiDigit)) invalid($"{block}.tel は数字8〜17桁です。");
        if ((emailRequired || p.Email.Length > 0) && (p.Email.Length is 0 or > 100 || !p.Email.Contains('@')))
            invalid($"{block}.email が不正です。");
    }
}
