using System.Globalization;
using System.Text;
using HealthLint.Reporting;

namespace HealthLint;

/// <summary>
/// Writes GitHub Actions workflow commands, which GitHub shows as annotations on the lines a pull request changed:
/// <c>::warning file=docs/a.md,line=3,col=5,endLine=3,endColumn=20,title=HL002 NoOutcomeGuarantees::message</c>.
/// Errors become <c>::error</c>, warnings <c>::warning</c> and notes <c>::notice</c>; a file that could not be
/// linted becomes an <c>::error</c> on that file. Only active findings are written: suppressed ones and those known
/// from the baseline would show as annotations. The summary line ends the output as plain log text.
/// </summary>
public sealed class GitHubReportWriter : ReportWriter
{
    /// <inheritdoc />
    public override ReportFormat Format => ReportFormat.GitHub;

    /// <inheritdoc />
    public override void Write(LintReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var file in report.ReadFiles())
        {
            foreach (var finding in file.Findings.Where(f => f.IsActive))
            {
                var region = finding.Region;
                var properties = string.Create(
                    CultureInfo.InvariantCulture,
                    $"file={EscapeProperty(file.Path)},line={region.StartLine},col={region.StartColumn},endLine={region.EndLine},endColumn={region.EndColumn},title={EscapeProperty(finding.RuleId + " " + finding.Rule.Name)}");
                output.Write($"::{Command(finding.Severity)} {properties}::{EscapeData(finding.Message)}\n");
            }
        }

        foreach (var error in report.Errors)
        {
            var file = error.IsLocation ? $"file={EscapeProperty(error.Path)}," : "";
            output.Write($"::error {file}title={EscapeProperty(report.Tool.Name)}::{EscapeData(error.Path + ": " + error.Message)}\n");
        }

        output.Write(report.Summary.ToString() + "\n");
        output.Flush();
    }

    /// <summary>Escapes a command's message as the Actions toolkit does: <c>%</c>, CR and LF.</summary>
    public static string EscapeData(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Escape(value, property: false);
    }

    /// <summary>Escapes a command property's value as the Actions toolkit does: <c>%</c>, CR, LF, <c>:</c> and <c>,</c>.</summary>
    public static string EscapeProperty(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Escape(value, property: true);
    }

    private static string Command(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    private static string Escape(string value, bool property)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            _ = c switch
            {
                '%' => builder.Append("%25"),
                '\r' => builder.Append("%0D"),
                '\n' => builder.Append("%0A"),
                ':' when property => builder.Append("%3A"),
                ',' when property => builder.Append("%2C"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
