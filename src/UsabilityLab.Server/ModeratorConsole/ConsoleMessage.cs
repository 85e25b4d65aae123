namespace UsabilityLab.Server.ModeratorConsole;

/// <summary>One Server-Sent Event: its type and JSON data.</summary>
internal sealed record ConsoleMessage(string Type, string Data);
