namespace HealthLint.Cli;

/// <summary>The table <c>healthlint rules</c> prints: id, severity, name and title of every rule, in id order.</summary>
internal static class RulesListing
{
    public static int Execute(CliEnvironment environment)
    {
        var linter = environment.Linter;
        var rows = new List<string[]> { new[] { "ID", "SEVERITY", "NAME", "TITLE" } };
        rows.AddRange(linter.Rules.Select(rule => new[]
        {
            rule.Id,
            linter.SeverityOf(rule).ToString().ToLowerInvariant(),
            rule.Name,
            rule.Title,
        }));

        var widths = Enumerable.Range(0, 3).Select(column => rows.Max(row => row[column].Length)).ToArray();
        foreach (var row in rows)
        {
            var line = string.Concat(row.Take(3).Select((cell, column) => cell.PadRight(widths[column] + 2))) + row[3];
            environment.Out.Write(line + "\n");
        }

        if (linter.Rules.Count == 0)
        {
            environment.Out.Write("(no rules)\n");
        }

        return ExitCodes.Success;
    }
}
