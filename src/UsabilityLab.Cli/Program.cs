using UsabilityLab.Cli;
using UsabilityLab.CommandLine;

using var interrupt = new InterruptSignals(Console.Error);
return await LabApp.RunAsync(args, CliIo.FromConsole(), interrupt.Token);
