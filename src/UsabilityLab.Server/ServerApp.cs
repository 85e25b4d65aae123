using System.CommandLine;
using UsabilityLab.CommandLine;
using UsabilityLab.Server.Commands;

namespace UsabilityLab.Server;

/// <summary>The lab server's commands, run as every lab program runs them (<see cref="CommandRunner"/>).</summary>
internal static class ServerApp
{
    /// <summary>
    /// The commands; <paramref name="passwords"/> is where <c>users</c> reads passwords (the console's when null),
    /// <paramref name="time"/> the clock <c>invite</c> dates and expires links on (the system's when null).
    /// </summary>
    public static RootCommand BuildRoot(CliIo io, PasswordInput? passwords = null, TimeProvider? time = null) =>
        new("UsabilityLab server: the web surfaces of the lab (the dashboard, the moderator console of a moderated session), the accounts that sign in to them and the links that let remote participants in.")
        {
            ModerateCommand.Create(io),
            ServeCommand.Create(io),
            UsersCommand.Create(io, passwords ?? PasswordInput.FromConsole()),
            InviteCommand.Create(io, time),
        };

    public static Task<int> RunAsync(string[] args, CliIo io, CancellationToken cancellationToken = default, PasswordInput? passwords = null, TimeProvider? time = null) =>
        CommandRunner.RunAsync(BuildRoot(io, passwords, time), args, io, cancellationToken);
}
