namespace HealthLint;

/// <summary>
/// Everything a report says: the tool, the rules' descriptors, a result per linted file and an error per file that
/// could not be linted. Files, errors and rules are kept sorted, so every writer's output is deterministic.
/// </summary>
public sealed class LintReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="tool">The tool that produced the findings.</param>
    /// <param name="rules">
    /// The rules that ran. The rule of every finding is added when missing, so that every finding's rule is listed.
    /// </param>
    /// <param name="files">A result per linted file.</param>
    /// <param name="errors">An error per file or input that could not be linted.</param>
    /// <param name="baseDirectory">
    /// The folder the files' paths are relative to; files outside it are reported by absolute path where a
    /// format needs one.
    /// </param>
    public LintReport(ToolInfo tool, IEnumerable<RuleDescriptor> rules, IEnumerable<LintedFile> files, IEnumerable<FileError> errors, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(tool);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentException.ThrowIfNullOrWhiteSpace(baseDirectory);
        Tool = tool;
        Files = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
        Errors = errors.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Message, StringComparer.Ordinal).ToArray();
        Rules = rules
            .Concat(Files.SelectMany(f => f.Findings).Select(f => f.Rule))
            .DistinctBy(r => r.Id, StringComparer.Ordinal)
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToArray();
        BaseDirectory = Path.GetFullPath(baseDirectory);
        Summary = new ReportSummary(Files, Errors, 0);
    }

    private LintReport(LintReport report, IEnumerable<LintedFile> files, IEnumerable<BaselineEntry> absent)
    {
        Tool = report.Tool;
        Files = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
        Errors = report.Errors;
        Rules = report.Rules;
        BaseDirectory = report.BaseDirectory;
        ComparedWithBaseline = true;
        AbsentFromBaseline = absent
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ThenBy(e => e.RuleId, StringComparer.Ordinal)
            .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)
            .ToArray();
        Summary = new ReportSummary(Files, Errors, AbsentFromBaseline.Count);
    }

    /// <summary>The tool that produced the findings.</summary>
    public ToolInfo Tool { get; }

    /// <summary>The rules, sorted by id.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>The linted files, sorted by path (ordinal).</summary>
    public IReadOnlyList<LintedFile> Files { get; }

    /// <summary>The files and inputs that could not be linted, sorted by path (ordinal).</summary>
    public IReadOnlyList<FileError> Errors { get; }

    /// <summary>The absolute folder the paths are relative to.</summary>
    public string BaseDirectory { get; }

    /// <summary>The counts of files and findings.</summary>
    public ReportSummary Summary { get; }

    /// <summary>Whether the findings were compared with a <see cref="Baseline"/>, so that each unsuppressed one has a <see cref="Finding.BaselineState"/>.</summary>
    public bool ComparedWithBaseline { get; }

    /// <summary>
    /// Baseline entries that no finding matched any more, sorted by path, rule id and fingerprint, with paths relative
    /// to <see cref="BaseDirectory"/>: what to prune from the baseline. Empty without a baseline.
    /// </summary>
    public IReadOnlyList<BaselineEntry> AbsentFromBaseline { get; } = [];

    /// <summary>Makes the report of a workspace run, naming this library as the tool.</summary>
    /// <param name="workspace">The workspace that produced <paramref name="result"/>.</param>
    /// <param name="result">What it found.</param>
    /// <returns>The report.</returns>
    public static LintReport Create(LintWorkspace workspace, WorkspaceResult result)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(result);
        return new LintReport(ToolInfo.HealthLint, result.Rules, result.Files, result.Errors, workspace.Options.BaseDirectory);
    }

    /// <summary>The same report with the files' findings compared with a baseline.</summary>
    internal LintReport WithBaseline(IEnumerable<LintedFile> files, IEnumerable<BaselineEntry> absent) => new(this, files, absent);
}
