using UsabilityLab.Browser;

namespace UsabilityLab.Application.Browsers;

/// <summary>What <see cref="BrowserServerHosting"/> serves: where it listens, and with which browser settings.</summary>
/// <param name="Host">The address to listen on: loopback unless the server is for other machines.</param>
/// <param name="Port">The port (0: a free one, which the endpoint names).</param>
public sealed record BrowserServerSettings(string Host, int Port)
{
    /// <summary>Chromium's executable and switches; null reads playwright.config.json.</summary>
    public BrowserConfig? Browser { get; init; }
}
