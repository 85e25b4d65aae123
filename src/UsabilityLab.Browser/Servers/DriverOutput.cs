namespace UsabilityLab.Browser.Servers;

/// <summary>
/// What a browser server's driver says: the endpoint it prints once it listens, and the last lines of its errors, from
/// which a failed start or an unexpected end is told in one line.
/// </summary>
internal sealed class DriverOutput
{
    private const int Kept = 40;
    private readonly Lock _gate = new();
    private readonly Queue<string> _errors = new();
    private readonly TaskCompletionSource<string> _endpoint = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the first <c>ws://</c> line the driver prints.</summary>
    public Task<string> Endpoint => _endpoint.Task;

    public void Out(string? line)
    {
        var text = line?.Trim();
        if (text is not null && (text.StartsWith("ws://", StringComparison.Ordinal) || text.StartsWith("wss://", StringComparison.Ordinal)))
        {
            _endpoint.TrySetResult(text);
        }
        else if (!string.IsNullOrWhiteSpace(text))
        {
            Error(text);
        }
    }

    public void Error(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        lock (_gate)
        {
            _errors.Enqueue(line.Trim());
            if (_errors.Count > Kept)
            {
                _errors.Dequeue();
            }
        }
    }

    /// <summary>Node's own words when it could not listen where it was told, as the lab says them; null when that was not it.</summary>
    public string? Listening(string host, int port)
    {
        var lines = Lines();
        return lines.Any(l => l.Contains("EADDRINUSE", StringComparison.Ordinal))
            ? $"cannot listen on {host}:{port}: the port is in use; pick another --port (0 picks a free one)"
            : lines.Any(l => l.Contains("EADDRNOTAVAIL", StringComparison.Ordinal) || l.Contains("ENOTFOUND", StringComparison.Ordinal))
                ? $"cannot listen on {host}:{port}: this machine has no such address; give one of its own addresses as --host"
                : lines.Any(l => l.Contains("EACCES", StringComparison.Ordinal))
                    ? $"cannot listen on {host}:{port}: not allowed (ports below 1024 need root); pick another --port"
                    : null;
    }

    /// <summary>The most telling error line (Playwright's and Node's, not a stack frame), and the exit code when there is one.</summary>
    public string Reason(int? exitCode)
    {
        var lines = Lines();
        var said = lines.FirstOrDefault(l => l.Contains("Error", StringComparison.Ordinal) || l.Contains("Failed", StringComparison.Ordinal))
            ?? lines.LastOrDefault(l => !l.StartsWith("at ", StringComparison.Ordinal));
        var code = exitCode is { } c ? $"driver exit code {c}" : null;
        return string.Join("; ", new[] { said, code }.OfType<string>()) is { Length: > 0 } reason ? reason : "no reason given";
    }

    private List<string> Lines()
    {
        lock (_gate)
        {
            return [.. _errors];
        }
    }
}
