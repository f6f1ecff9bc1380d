using HealthLint.Cli;

return CliApplication.Run(args, CliEnvironment.FromConsole());
