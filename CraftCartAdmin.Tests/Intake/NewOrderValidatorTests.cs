using CraftCartAdmin.Features.Orders.Intake;
using CraftCartAdmin.Tests.Support;

namespace CraftCartAdmin.Tests.Intake;

/// <summary>"Storefront order intake" and 受注登録: text a printed invoice would show differently, and addresses SCORE cannot place.</summary>
public sealed class NewOrderValidatorTests
{
    [Theory]
    [InlineData("山田\u202e", "right-to-left override")]
    [InlineData("山\u200b田", "zero-width space")]
    [InlineData("山\u2060田", "word joiner")]
    [InlineData("\ufeff山田", "BOM inside a value")]
    public void Invisible_format_characters_in_a_name_are_refused(string lastName, string _)
    {
        var order = ScoreTestShop.Order();
        var errors = NewOrderValidator.Validate(order with { Customer = order.Customer! with { LastName = lastName } });

        Assert.Contains("制御文字", Assert.Single(errors["customer.lastName"]));
    }

    [Theory]
    [InlineData("山田")]
    [InlineData("東京")]
    [InlineData("Tokyo")]
    public void A_prefecture_that_is_not_one_of_the_47_is_refused(string prefecture)
    {
        var order = ScoreTestShop.Order();
        var errors = NewOrderValidator.Validate(order with { Customer = order.Customer! with { Prefecture = prefecture } });

        Assert.Contains("47都道府県", Assert.Single(errors["customer.prefecture"]));
    }

    [Theory]
    [InlineData("北海道")]
    [InlineData("神奈川県")]
    [InlineData("京都府")]
    public void Each_real_prefecture_is_accepted(string prefecture)
    {
        var order = ScoreTestShop.Order();

        Assert.Empty(NewOrderValidator.Validate(order with { Customer = order.Customer! with { Prefecture = prefecture } }));
    }

    [Fact]
    public void A_real_name_outside_Shift_JIS_is_accepted() // 𠮷 is a real family-name character
    {
        var order = ScoreTestShop.Order();

        Assert.Empty(NewOrderValidator.Validate(order with { Customer = order.Customer! with { LastName = "𠮷田" } }));
    }
}
