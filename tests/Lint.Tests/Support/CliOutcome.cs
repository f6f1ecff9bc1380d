namespace HealthLint.Tests.Support;

/// <summary>What one run of the command did: its exit code and everything it wrote.</summary>
internal sealed record CliOutcome(int ExitCode, string Out, string Error);
