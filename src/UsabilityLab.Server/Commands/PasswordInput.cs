using UsabilityLab.Core.Errors;

namespace UsabilityLab.Server.Commands;

/// <summary>
/// Where <c>./lab users</c> gets a password: one line of standard input with <c>--password-stdin</c> (scripts, CI),
/// else typed twice on the terminal without echo. Without either there is nobody to ask, which is a usage error.
/// </summary>
/// <param name="standardInput">Standard input.</param>
/// <param name="terminal">The terminal to ask on; null when standard input is not a terminal.</param>
internal sealed class PasswordInput(TextReader standardInput, IHiddenPrompt? terminal)
{
    /// <summary>The process's standard input, and its terminal when standard input is one.</summary>
    public static PasswordInput FromConsole() => new(Console.In, Console.IsInputRedirected ? null : new ConsoleHiddenPrompt());

    /// <summary>Throws an <see cref="InputException"/> when a password could not be read, before anything else is asked or done.</summary>
    public void CheckAvailable(bool fromStandardInput, string example)
    {
        if (!fromStandardInput && terminal is null)
        {
            throw new InputException($"no terminal to ask for the password on: pipe it in with --password-stdin, e.g. printf '%s\\n' \"$PASSWORD\" | {example} --password-stdin");
        }
    }

    /// <summary>The new password for <paramref name="name"/> (never echoed, never printed).</summary>
    public async Task<string> ReadNewAsync(bool fromStandardInput, string name, string example, CancellationToken ct)
    {
        CheckAvailable(fromStandardInput, example);
        if (fromStandardInput)
        {
            var line = await standardInput.ReadLineAsync(ct)
                ?? throw new InputException($"--password-stdin: standard input is empty; pipe the password in, e.g. printf '%s\\n' \"$PASSWORD\" | {example} --password-stdin");
            return line.TrimEnd('\r');
        }

        var first = await terminal!.ReadHiddenAsync($"New password for {name}: ", ct) ?? throw NoPassword();
        var again = await terminal.ReadHiddenAsync("The same password again: ", ct) ?? throw NoPassword();
        return string.Equals(first, again, StringComparison.Ordinal)
            ? first
            : throw new InputException("the two passwords differ; nothing was changed: run the command again");
    }

    private static InputException NoPassword() => new("no password was typed; nothing was changed");
}
