using CraftCartAdmin.Domain.Shipping;

namespace CraftCartAdmin.Tests.Domain;

public class TrackingNumberTests
{
    [Theory]
    [InlineData("１２３４－５６７８－９０１３", "1234-5678-9013")]
    [InlineData("1234ー5678", "1234-5678")]
    [InlineData("1234‐5678", "1234-5678")]
    [InlineData("1234―5678", "1234-5678")]
    [InlineData("1234−5678", "1234-5678")]
    [InlineData("  123456789013 ", "123456789013")]
    [InlineData("\u3000123456789013\u3000", "123456789013")]
    [InlineData("\t1234\r\n", "1234")]
    [InlineData(null, "")]
    public void H1_normalize_makes_full_width_digits_and_hyphens_half_width_and_trims(string? raw, string expected) =>
        Assert.Equal(expected, TrackingNumber.Normalize(raw));

    [Theory]
    [InlineData("123456789013", 12)]
    [InlineData("1234-5678-9013", 12)]
    [InlineData("１２３４５６７８９０１３", 12)]
    [InlineData("987654321010", 11)]
    [InlineData("987654321010", 16)]
    [InlineData("12345678901234567890", 99)]
    [InlineData("1", null)]
    [InlineData("12345", 14)]
    public void H1_valid_numbers_pass_without_warning(string raw, int? carrier)
    {
        var check = TrackingNumber.Validate(raw, carrier);
        Assert.True(check.IsValid);
        Assert.Null(check.Error);
        Assert.Null(check.Warning);
    }

    [Theory]
    [InlineData("", "入力してください")]
    [InlineData("   ", "入力してください")]
    [InlineData("1234 5678", "半角数字とハイフン")]
    [InlineData("AB123456", "半角数字とハイフン")]
    [InlineData("1234/5678", "半角数字とハイフン")]
    [InlineData("123456789012345678901", "20文字以内")]
    [InlineData("1234-5678-9012-3456-7", "20文字以内")]
    [InlineData("---", "数字が含まれていません")]
    public void H1_invalid_numbers_are_errors_in_japanese(string raw, string expectedPart)
    {
        var check = TrackingNumber.Validate(raw, 12);
        Assert.False(check.IsValid);
        Assert.Contains(expectedPart, check.Error);
        Assert.Null(check.Warning);
    }

    [Theory]
    [InlineData(12, "ヤマト運輸")]
    [InlineData(11, "佐川急便")]
    [InlineData(16, "ゆうパック")]
    public void H1_check_digit_mismatch_is_a_warning_not_an_error(int carrier, string carrierName)
    {
        var check = TrackingNumber.Validate("123456789014", carrier);
        Assert.True(check.IsValid);
        Assert.Equal("123456789014", check.Normalized);
        Assert.Contains(carrierName, check.Warning);
        Assert.Contains("チェックデジット", check.Warning);
    }

    [Fact]
    public void H1_check_digit_is_checked_after_removing_hyphens() =>
        Assert.NotNull(TrackingNumber.Validate("1234-5678-9014", 12).Warning);

    [Theory]
    [InlineData("123456789014", 14)]
    [InlineData("123456789014", 18)]
    [InlineData("123456789014", null)]
    [InlineData("12345678901", 12)]
    [InlineData("1234567890145", 12)]
    public void H1_check_digit_applies_only_to_12_digit_numbers_of_yamato_sagawa_and_yupack(string raw, int? carrier) =>
        Assert.Null(TrackingNumber.Validate(raw, carrier).Warning);

    [Theory]
    [InlineData("123456789013", true)]
    [InlineData("987654321010", true)]
    [InlineData("111111111112", true)]
    [InlineData("111111111113", false)]
    [InlineData("123456789010", false)]
    public void H1_mod7_check_digit_is_the_first_eleven_digits_modulo_7(string digits, bool valid) =>
        Assert.Equal(valid, TrackingNumber.HasValidMod7CheckDigit(digits));
}
