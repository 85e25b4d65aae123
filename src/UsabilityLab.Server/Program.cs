using UsabilityLab.CommandLine;
using UsabilityLab.Server;

using var interrupt = new InterruptSignals(Console.Error);
return await ServerApp.RunAsync(args, CliIo.FromConsole(), interrupt.Token);
