using System.Text;

namespace UsabilityLab.Server.Commands;

/// <summary>The process's terminal: the prompt on standard error, the keys read without echo.</summary>
internal sealed class ConsoleHiddenPrompt : IHiddenPrompt
{
    public async Task<string?> ReadHiddenAsync(string prompt, CancellationToken ct)
    {
        await Console.Error.WriteAsync(prompt);
        try
        {
            // Console.ReadKey cannot be cancelled: Ctrl-C ends the wait here, and the key reader with the process.
            return await Task.Run(ReadLineWithoutEcho, CancellationToken.None).WaitAsync(ct);
        }
        finally
        {
            await Console.Error.WriteLineAsync();
        }
    }

    private static string? ReadLineWithoutEcho()
    {
        var line = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            switch (key.Key)
            {
                case ConsoleKey.Enter:
                    return line.ToString();
                case ConsoleKey.Backspace when line.Length > 0:
                    line.Length--;
                    break;
                case ConsoleKey.D when key.Modifiers.HasFlag(ConsoleModifiers.Control) && line.Length == 0:
                    return null;
                default:
                    if (!char.IsControl(key.KeyChar))
                    {
                        line.Append(key.KeyChar);
                    }

                    break;
            }
        }
    }
}
