namespace UsabilityLab.Server.Commands;

/// <summary>A terminal that asks for a line without showing what is typed (a password).</summary>
internal interface IHiddenPrompt
{
    /// <summary>Shows <paramref name="prompt"/> and reads one line without echoing it; null when the input ended.</summary>
    Task<string?> ReadHiddenAsync(string prompt, CancellationToken ct);
}
