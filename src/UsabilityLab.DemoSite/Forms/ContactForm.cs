using Microsoft.AspNetCore.Http;

namespace UsabilityLab.DemoSite.Forms;

/// <summary>The help page's contact form. Messages are validated and then dropped: nobody reads them.</summary>
internal sealed record ContactForm(string Email, string Message)
{
    /// <summary>The blank form.</summary>
    public static ContactForm Blank { get; } = new("", "");

    /// <summary>Reads the posted fields.</summary>
    public static ContactForm From(IFormCollection form) => new(form.Text("email"), form.Text("message"));

    /// <summary>An email with an @ and a non-empty message are required.</summary>
    public FormErrors Validate()
    {
        var errors = new FormErrors();
        if (Email.Length == 0)
        {
            errors.Add("email", "Enter your email address so we can reply.");
        }
        else if (Email.IndexOf('@', StringComparison.Ordinal) <= 0 || Email.EndsWith('@'))
        {
            errors.Add("email", "Enter a valid email address, like name@example.com.");
        }

        if (Message.Length == 0)
        {
            errors.Add("message", "Write a message.");
        }

        return errors;
    }
}
