using System.Globalization;
using System.Text;

namespace HealthLint.Reporting;

/// <summary>Wording shared by the line-oriented writers.</summary>
internal static class ReportText
{
    /// <summary>The lowercase severity name, which is also SARIF's result level.</summary>
    public static string Name(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    public static string Count(int count, string singular, string plural) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);

    /// <summary>
    /// The summary line: <c>N problems (E errors, W warnings, I notes) in F files</c>, what was set aside
    /// (<c> (S suppressed, B in baseline, A baseline entries no longer found)</c>, each only when not zero), plus the
    /// inputs that failed.
    /// </summary>
    public static string Summary(ReportSummary summary)
    {
        var files = Count(summary.FileCount, "file", "files");
        var line = summary.ProblemCount == 0
            ? $"No problems found in {files}"
            : $"{Count(summary.ProblemCount, "problem", "problems")} ({Count(summary.ErrorCount, "error", "errors")}, {Count(summary.WarningCount, "warning", "warnings")}, {Count(summary.NoteCount, "note", "notes")}) in {files}";
        var aside = new List<string>(3);
        if (summary.SuppressedCount > 0)
        {
            aside.Add(Count(summary.SuppressedCount, "suppressed", "suppressed"));
        }

        if (summary.InBaselineCount > 0)
        {
            aside.Add(Count(summary.InBaselineCount, "in baseline", "in baseline"));
        }

        if (summary.AbsentFromBaselineCount > 0)
        {
            aside.Add(Count(summary.AbsentFromBaselineCount, "baseline entry", "baseline entries") + " no longer found");
        }

        if (aside.Count > 0)
        {
            line += " (" + string.Join(", ", aside) + ")";
        }

        return summary.FileErrorCount == 0
            ? line
            : $"{line}; {Count(summary.FileErrorCount, "path", "paths")} could not be linted";
    }

    /// <summary>Keeps a value on one line: line breaks and other control characters become spaces.</summary>
    public static string OneLine(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString();
    }
}
