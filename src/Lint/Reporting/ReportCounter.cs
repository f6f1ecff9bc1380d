namespace HealthLint.Reporting;

/// <summary>Counts the findings of files as they pass, for a report that keeps none of them.</summary>
internal sealed class ReportCounter
{
    public int Files { get; private set; }

    public int Problems { get; private set; }

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public int Notes { get; private set; }

    public int Suppressed { get; private set; }

    public int InBaseline { get; private set; }

    public Severity? Highest { get; private set; }

    public void Add(LintedFile file)
    {
        Files++;
        foreach (var finding in file.Findings)
        {
            if (finding.Suppression is not null)
            {
                Suppressed++;
                continue;
            }

            if (finding.BaselineState == BaselineState.Unchanged)
            {
                InBaseline++;
                continue;
            }

            Problems++;
            switch (finding.Severity)
            {
                case Severity.Error:
                    Errors++;
                    break;
                case Severity.Warning:
                    Warnings++;
                    break;
                default:
                    Notes++;
                    break;
            }

            if (Highest is null || finding.Severity > Highest)
            {
                Highest = finding.Severity;
            }
        }
    }
}
