using HealthLint.Reporting;

namespace HealthLint;

/// <summary>
/// The counts a report ends with. Problems are the active findings — neither suppressed by an inline directive nor
/// known from the baseline — and only they have a severity count; the others are counted apart.
/// </summary>
public sealed class ReportSummary
{
    internal ReportSummary(IReadOnlyList<LintedFile> files, IReadOnlyList<FileError> errors, int absentFromBaseline)
        : this(Count(files), errors.Count, absentFromBaseline)
    {
    }

    internal ReportSummary(ReportCounter counter, int fileErrors, int absentFromBaseline)
    {
        FileCount = counter.Files;
        FileErrorCount = fileErrors;
        AbsentFromBaselineCount = absentFromBaseline;
        ProblemCount = counter.Problems;
        ErrorCount = counter.Errors;
        WarningCount = counter.Warnings;
        NoteCount = counter.Notes;
        SuppressedCount = counter.Suppressed;
        InBaselineCount = counter.InBaseline;
        HighestSeverity = counter.Highest;
    }

    /// <summary>How many files were linted.</summary>
    public int FileCount { get; }

    /// <summary>How many active findings there are: neither suppressed nor known from the baseline.</summary>
    public int ProblemCount { get; }

    /// <summary>How many findings have severity <see cref="Severity.Error"/>.</summary>
    public int ErrorCount { get; }

    /// <summary>How many findings have severity <see cref="Severity.Warning"/>.</summary>
    public int WarningCount { get; }

    /// <summary>How many findings have severity <see cref="Severity.Note"/>.</summary>
    public int NoteCount { get; }

    /// <summary>How many findings inline directives suppress.</summary>
    public int SuppressedCount { get; }

    /// <summary>How many findings are known from the baseline (<see cref="BaselineState.Unchanged"/>).</summary>
    public int InBaselineCount { get; }

    /// <summary>How many baseline entries no finding matched any more (<see cref="LintReport.AbsentFromBaseline"/>).</summary>
    public int AbsentFromBaselineCount { get; }

    /// <summary>How many files or inputs could not be linted.</summary>
    public int FileErrorCount { get; }

    /// <summary>The most serious severity among the active findings; <see langword="null"/> when there are none.</summary>
    public Severity? HighestSeverity { get; }

    /// <summary>
    /// The summary line: <c>3 problems (1 error, 2 warnings, 0 notes) in 2 files</c> or
    /// <c>No problems found in 2 files</c>, then what was set aside, such as <c> (2 suppressed, 5 in baseline)</c>,
    /// and <c>; 1 path could not be linted</c> when one could not.
    /// </summary>
    /// <returns>The line, without a line break.</returns>
    public override string ToString() => ReportText.Summary(this);

    private static ReportCounter Count(IReadOnlyList<LintedFile> files)
    {
        var counter = new ReportCounter();
        foreach (var file in files)
        {
            counter.Add(file);
        }

        return counter;
    }
}
