using System.CommandLine;
using UsabilityLab.CommandLine;
using UsabilityLab.Server.Commands;

namespace UsabilityLab.Server;

/// <summary>The lab server's commands, run as every lab program runs them (<see cref="CommandRunner"/>).</summary>
internal static class ServerApp
{
    public static RootCommand BuildRoot(CliIo io) =>
        new("UsabilityLab server: the web surfaces of the lab (the dashboard, the moderator console of a moderated session).")
        {
            ModerateCommand.Create(io),
            ServeCommand.Create(io),
        };

    public static Task<int> RunAsync(string[] args, CliIo io, CancellationToken cancellationToken = default) =>
        CommandRunner.RunAsync(BuildRoot(io), args, io, cancellationToken);
}
