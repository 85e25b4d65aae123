using UsabilityLab.DemoSite.Shopping;

namespace UsabilityLab.DemoSite.Tests.Shopping;

public sealed class CheckoutFormTests
{
    private static readonly CheckoutForm Valid =
        new("Ada Lovelace", "ada@example.com", "1 Analytical Way", "London", "12345", "4111 1111 1111 1111", "", "standard");

    [Fact]
    public void Validate_CompleteForm_HasNoErrors() => Assert.True(Valid.Validate().IsEmpty);

    [Fact]
    public void Validate_BlankForm_FlagsEveryRequiredFieldButNotPassword()
    {
        var errors = CheckoutForm.Blank.Validate();

        Assert.Equal(6, errors.Count);
        foreach (var field in new[] { "name", "email", "address", "city", "zip", "card" })
        {
            Assert.NotNull(errors.For(field));
        }

        Assert.Null(errors.For("password"));
    }

    [Theory]
    [InlineData("ada.example.com")]
    [InlineData("@example.com")]
    [InlineData("ada@")]
    public void Validate_EmailWithoutUsableAt_IsRejected(string email) =>
        Assert.Equal("Enter a valid email address, like name@example.com.", (Valid with { Email = email }).Validate().For("email"));

    [Theory]
    [InlineData("1234")]
    [InlineData("123456")]
    [InlineData("12a45")]
    public void Validate_ZipNotFiveDigits_IsRejected(string zip) =>
        Assert.Equal("ZIP code must be 5 digits.", (Valid with { Zip = zip }).Validate().For("zip"));

    [Theory]
    [InlineData("4111111111111111", true)]
    [InlineData("4111 1111 1111 1111", true)]
    [InlineData("4111 1111 1111 111", false)]
    [InlineData("4111-1111-1111-1111", false)]
    [InlineData("4111 1111 1111 11112", false)]
    public void Validate_CardNumber_NeedsSixteenDigitsIgnoringSpaces(string card, bool valid) =>
        Assert.Equal(valid, (Valid with { Card = card }).Validate().For("card") is null);

    [Fact]
    public void WithoutSecrets_Always_DropsCardAndPassword()
    {
        var stripped = (Valid with { Password = "pw" }).WithoutSecrets();

        Assert.Equal(string.Empty, stripped.Card);
        Assert.Equal(string.Empty, stripped.Password);
        Assert.Equal(Valid.Email, stripped.Email);
    }
}
