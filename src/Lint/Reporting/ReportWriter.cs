using System.Text;

namespace HealthLint;

/// <summary>
/// Writes a <see cref="LintReport"/> in one format. Writers take rule metadata from the
/// <see cref="RuleDescriptor"/>s alone, end lines with <c>\n</c> on every platform, and write nothing that
/// changes between runs, so the same report always gives the same bytes. A writer reads the files once, through
/// <see cref="LintReport.ReadFiles"/>, and only then the errors and counts, so that it can write a
/// <see cref="LintReport.IsStreamed">streamed</see> report; such a report is written once, and its files are linted
/// while it is written, so a failure to lint or a cancellation comes out of <c>Write</c>.
/// </summary>
public abstract class ReportWriter
{
    /// <summary>UTF-8 without a byte order mark, which JSON parsers and GitHub expect.</summary>
    protected static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The format this writer writes.</summary>
    public abstract ReportFormat Format { get; }

    /// <summary>
    /// Whether findings that inline directives suppress are written: SARIF then keeps them, marked with
    /// <c>suppressions</c>, and text marks them <c>[suppressed]</c>. JSON writes them whatever this says, and GitHub
    /// annotations never, since GitHub would show them on the pull request.
    /// </summary>
    public bool IncludeSuppressed { get; init; }

    /// <summary>Creates the writer for a format.</summary>
    /// <param name="format">The format.</param>
    /// <returns>A writer.</returns>
    public static ReportWriter Create(ReportFormat format) => Create(format, includeSuppressed: false);

    /// <summary>Creates the writer for a format.</summary>
    /// <param name="format">The format.</param>
    /// <param name="includeSuppressed">Whether suppressed findings are written (see <see cref="IncludeSuppressed"/>).</param>
    /// <returns>A writer.</returns>
    public static ReportWriter Create(ReportFormat format, bool includeSuppressed) => format switch
    {
        ReportFormat.Text => new TextReportWriter { IncludeSuppressed = includeSuppressed },
        ReportFormat.Json => new JsonReportWriter { IncludeSuppressed = includeSuppressed },
        ReportFormat.GitHub => new GitHubReportWriter { IncludeSuppressed = includeSuppressed },
        ReportFormat.Sarif => new SarifReportWriter { IncludeSuppressed = includeSuppressed },
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };

    /// <summary>Writes the report as text.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write; it is flushed, not closed.</param>
    public abstract void Write(LintReport report, TextWriter output);

    /// <summary>Writes the report as UTF-8 without a byte order mark.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write; it is flushed, not closed.</param>
    public virtual void Write(LintReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new StreamWriter(output, Utf8NoBom, bufferSize: 1 << 16, leaveOpen: true);
        Write(report, writer);
    }

    /// <summary>Writes the report to a string.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The report's text.</returns>
    public string WriteToString(LintReport report)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(report, writer);
        return writer.ToString();
    }
}
