using System.Globalization;
using HealthLint.Reporting;

namespace HealthLint;

/// <summary>
/// Writes compiler-style lines that editors and terminals link to the source:
/// <c>path:line:col: severity ID: message</c> per active finding (by path, then position), <c>path: error: message</c>
/// per file that could not be linted, <c>path: notice: message</c> per reader notice, the baseline entries no longer
/// found, then a summary line such as <c>3 problems (1 error, 2 warnings, 0 notes) in 2 files (1 suppressed)</c> or
/// <c>No problems found in 2 files</c>. Findings known from the baseline are counted, not listed; suppressed ones
/// are counted, and listed with <c>[suppressed: reason]</c> when <see cref="ReportWriter.IncludeSuppressed"/> is set.
/// </summary>
public sealed class TextReportWriter : ReportWriter
{
    /// <inheritdoc />
    public override ReportFormat Format => ReportFormat.Text;

    /// <inheritdoc />
    public override void Write(LintReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var file in report.ReadFiles())
        {
            var path = ReportText.OneLine(file.Path);
            foreach (var finding in file.Findings)
            {
                var suppressed = finding.Suppression is { } suppression
                    ? suppression.Justification.Length > 0 ? $" [suppressed: {ReportText.OneLine(suppression.Justification)}]" : " [suppressed]"
                    : "";
                if ((suppressed.Length > 0 && !IncludeSuppressed) || finding.BaselineState == BaselineState.Unchanged)
                {
                    continue;
                }

                output.Write(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{path}:{finding.Region.StartLine}:{finding.Region.StartColumn}: {ReportText.Name(finding.Severity)} {finding.RuleId}: {ReportText.OneLine(finding.Message)}{suppressed}\n"));
            }

            foreach (var notice in file.Result.Notices)
            {
                output.Write($"{path}: notice: {ReportText.OneLine(notice)}\n");
            }
        }

        foreach (var error in report.Errors)
        {
            output.Write($"{ReportText.OneLine(error.Path)}: error: {ReportText.OneLine(error.Message)}\n");
        }

        if (report.AbsentFromBaseline.Count > 0)
        {
            output.Write($"{ReportText.Count(report.AbsentFromBaseline.Count, "baseline entry", "baseline entries")} no longer found; remove them from the baseline:\n");
            foreach (var entry in report.AbsentFromBaseline)
            {
                output.Write($"  {ReportText.OneLine(entry.Path)}: {entry.RuleId} {entry.Fingerprint} \"{ReportText.OneLine(entry.Excerpt)}\"\n");
            }
        }

        output.Write(report.Summary.ToString() + "\n");
        output.Flush();
    }
}
