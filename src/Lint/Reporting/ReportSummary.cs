using HealthLint.Reporting;

namespace HealthLint;

/// <summary>The counts a report ends with.</summary>
public sealed class ReportSummary
{
    internal ReportSummary(IReadOnlyList<LintedFile> files, IReadOnlyList<FileError> errors)
    {
        FileCount = files.Count;
        FileErrorCount = errors.Count;
        foreach (var finding in files.SelectMany(f => f.Findings))
        {
            ProblemCount++;
            switch (finding.Severity)
            {
                case Severity.Error:
                    ErrorCount++;
                    break;
                case Severity.Warning:
                    WarningCount++;
                    break;
                default:
                    NoteCount++;
                    break;
            }

            if (HighestSeverity is null || finding.Severity > HighestSeverity)
            {
                HighestSeverity = finding.Severity;
            }
        }
    }

    /// <summary>How many files were linted.</summary>
    public int FileCount { get; }

    /// <summary>How many findings there are in all.</summary>
    public int ProblemCount { get; }

    /// <summary>How many findings have severity <see cref="Severity.Error"/>.</summary>
    public int ErrorCount { get; }

    /// <summary>How many findings have severity <see cref="Severity.Warning"/>.</summary>
    public int WarningCount { get; }

    /// <summary>How many findings have severity <see cref="Severity.Note"/>.</summary>
    public int NoteCount { get; }

    /// <summary>How many files or inputs could not be linted.</summary>
    public int FileErrorCount { get; }

    /// <summary>The most serious severity among the findings; <see langword="null"/> when there are none.</summary>
    public Severity? HighestSeverity { get; }

    /// <summary>
    /// The summary line: <c>3 problems (1 error, 2 warnings, 0 notes) in 2 files</c> or
    /// <c>No problems found in 2 files</c>, followed by <c>; 1 path could not be linted</c> when one could not.
    /// </summary>
    /// <returns>The line, without a line break.</returns>
    public override string ToString() => ReportText.Summary(this);
}
