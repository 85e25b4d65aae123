namespace UsabilityLab.Application.Browsers;

/// <summary>A browser server that listens.</summary>
/// <param name="Endpoint">The <c>ws://HOST:PORT/PATH</c> address runs connect to (<c>--browser-endpoint</c>).</param>
/// <param name="ExecutablePath">The Chromium it launched.</param>
public sealed record BrowserServerStarted(string Endpoint, string ExecutablePath);
