using Microsoft.AspNetCore.Http;
using UsabilityLab.DemoSite.Forms;

namespace UsabilityLab.DemoSite.Shopping;

/// <summary>
/// What the checkout form posted. Card number and password are read only to be validated and are never put
/// back into a page, stored or logged: usability recordings of this site must be safe to share.
/// </summary>
internal sealed record CheckoutForm(
    string Name,
    string Email,
    string Address,
    string City,
    string Zip,
    string Card,
    string Password,
    string Shipping)
{
    /// <summary>The blank form of a first visit.</summary>
    public static CheckoutForm Blank { get; } = new("", "", "", "", "", "", "", ShippingOption.All[0].Value);

    /// <summary>Reads the posted fields.</summary>
    public static CheckoutForm From(IFormCollection form) => new(
        form.Text("name"), form.Text("email"), form.Text("address"), form.Text("city"),
        form.Text("zip"), form.Text("card"), form["password"].ToString(), form.Text("shipping"));

    /// <summary>
    /// Server-side rules: required fields, an email with an @, a 5-digit ZIP, a 16-digit card number
    /// (spaces allowed, as people type them in groups of four). The password is optional.
    /// </summary>
    public FormErrors Validate()
    {
        var errors = new FormErrors();
        Require(errors, "name", Name, "Enter your full name.");
        Require(errors, "email", Email, "Enter your email address.");
        if (Email.Length > 0 && (Email.IndexOf('@', StringComparison.Ordinal) is <= 0 || Email.EndsWith('@')))
        {
            errors.Add("email", "Enter a valid email address, like name@example.com.");
        }

        Require(errors, "address", Address, "Enter your street address.");
        Require(errors, "city", City, "Enter your town or city.");
        Require(errors, "zip", Zip, "Enter your ZIP code.");
        if (Zip.Length > 0 && !IsDigits(Zip, 5))
        {
            errors.Add("zip", "ZIP code must be 5 digits.");
        }

        var card = Card.Replace(" ", "", StringComparison.Ordinal);
        Require(errors, "card", card, "Enter your card number.");
        if (card.Length > 0 && !IsDigits(card, 16))
        {
            errors.Add("card", "Card number must be 16 digits.");
        }

        return errors;
    }

    /// <summary>The same form without the secrets, for re-rendering after a validation error.</summary>
    public CheckoutForm WithoutSecrets() => this with { Card = "", Password = "" };

    private static void Require(FormErrors errors, string field, string value, string message)
    {
        if (value.Length == 0)
        {
            errors.Add(field, message);
        }
    }

    private static bool IsDigits(string value, int length) => value.Length == length && value.All(char.IsAsciiDigit);
}
