using UsabilityLab.Cli;

return await LabApp.RunAsync(args, CliIo.FromConsole());
