using HealthLint.Baselines;
using HealthLint.Reporting;

namespace HealthLint;

/// <summary>
/// Everything a report says: the tool, the rules' descriptors, a result per linted file and an error per file that
/// could not be linted. Files, errors and rules are kept sorted, so every writer's output is deterministic.
/// <para>
/// A report made from a <see cref="WorkspaceStream"/> is <see cref="IsStreamed">streamed</see>: it keeps no file.
/// One writer reads its files as they are linted, and its <see cref="Errors"/>, <see cref="Summary"/> and
/// <see cref="AbsentFromBaseline"/> are known once that writer has written them all.
/// </para>
/// </summary>
public sealed class LintReport
{
    private readonly IReadOnlyList<LintedFile>? _files;
    private readonly IEnumerable<LintedFile>? _stream;
    private readonly Func<IReadOnlyList<FileError>>? _streamErrors;
    private readonly Func<LintedFile, LintedFile>? _mark;
    private readonly Func<IReadOnlyList<BaselineEntry>>? _streamAbsent;
    private IReadOnlyList<FileError>? _errors;
    private ReportSummary? _summary;
    private IReadOnlyList<BaselineEntry> _absent = [];
    private bool _streamRead;

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
        _files = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
        _errors = FileError.InReportOrder(errors);
        Rules = rules
            .Concat(_files.SelectMany(f => f.Findings).Select(f => f.Rule))
            .DistinctBy(r => r.Id, StringComparer.Ordinal)
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToArray();
        BaseDirectory = Path.GetFullPath(baseDirectory);
        _summary = new ReportSummary(_files, _errors, 0);
    }

    private LintReport(LintReport report, IEnumerable<LintedFile> files, IEnumerable<BaselineEntry> absent)
    {
        Tool = report.Tool;
        _files = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
        _errors = report.Errors;
        Rules = report.Rules;
        BaseDirectory = report.BaseDirectory;
        ComparedWithBaseline = true;
        _absent = SortAbsent(absent);
        _summary = new ReportSummary(_files, _errors, _absent.Count);
    }

    private LintReport(ToolInfo tool, IReadOnlyList<RuleDescriptor> rules, IEnumerable<LintedFile> stream, Func<IReadOnlyList<FileError>> errors, string baseDirectory)
    {
        Tool = tool;
        Rules = rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        _stream = stream;
        _streamErrors = errors;
        BaseDirectory = Path.GetFullPath(baseDirectory);
    }

    private LintReport(LintReport report, Func<LintedFile, LintedFile> mark, Func<IReadOnlyList<BaselineEntry>> absent)
    {
        Tool = report.Tool;
        Rules = report.Rules;
        _stream = report._stream;
        _streamErrors = report._streamErrors;
        BaseDirectory = report.BaseDirectory;
        ComparedWithBaseline = true;
        _mark = mark;
        _streamAbsent = absent;
    }

    /// <summary>Whether the report keeps no file: its files are read once, by one writer, as they are linted.</summary>
    public bool IsStreamed => _stream is not null;

    /// <summary>The tool that produced the findings.</summary>
    public ToolInfo Tool { get; }

    /// <summary>The rules, sorted by id.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>The linted files, sorted by path (ordinal).</summary>
    /// <exception cref="InvalidOperationException">The report is <see cref="IsStreamed">streamed</see> and keeps no file.</exception>
    public IReadOnlyList<LintedFile> Files =>
        _files ?? throw new InvalidOperationException("A streamed report keeps no file: a writer reads its files once, as they are linted.");

    /// <summary>The files and inputs that could not be linted, sorted by path (ordinal).</summary>
    /// <exception cref="InvalidOperationException">The report is streamed and its files have not been written yet.</exception>
    public IReadOnlyList<FileError> Errors => _errors ?? throw NotYetRead();

    /// <summary>The absolute folder the paths are relative to.</summary>
    public string BaseDirectory { get; }

    /// <summary>The counts of files and findings.</summary>
    /// <exception cref="InvalidOperationException">The report is streamed and its files have not been written yet.</exception>
    public ReportSummary Summary => _summary ?? throw NotYetRead();

    /// <summary>Whether the findings were compared with a <see cref="Baseline"/>, so that each unsuppressed one has a <see cref="Finding.BaselineState"/>.</summary>
    public bool ComparedWithBaseline { get; }

    /// <summary>
    /// Baseline entries that no finding matched any more, sorted by path, rule id and fingerprint, with paths relative
    /// to <see cref="BaseDirectory"/>: what to prune from the baseline. Empty without a baseline.
    /// </summary>
    /// <exception cref="InvalidOperationException">The report is streamed and its files have not been written yet.</exception>
    public IReadOnlyList<BaselineEntry> AbsentFromBaseline => IsStreamed && _summary is null ? throw NotYetRead() : _absent;

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

    /// <summary>Makes the report of a workspace stream, naming this library as the tool: it keeps no file.</summary>
    /// <param name="workspace">The workspace that made <paramref name="stream"/>.</param>
    /// <param name="stream">The stream, not read yet: the report reads it as a writer writes the report.</param>
    /// <returns>The streamed report, for one writer to write once.</returns>
    public static LintReport Create(LintWorkspace workspace, WorkspaceStream stream)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(stream);
        return new LintReport(ToolInfo.HealthLint, stream.Rules, stream.Files, () => stream.Errors, workspace.Options.BaseDirectory);
    }

    /// <summary>
    /// Gets <see cref="Errors"/> when they are known: always for a report that keeps its files, and for a streamed
    /// one once every file has passed, even if the writer failed after that.
    /// </summary>
    /// <param name="errors">The errors, sorted by path, when known.</param>
    /// <returns>Whether they are known.</returns>
    public bool TryGetErrors([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IReadOnlyList<FileError>? errors)
    {
        errors = _errors;
        return errors is not null;
    }

    /// <summary>The same report with the files' findings compared with a baseline.</summary>
    internal LintReport WithBaseline(IEnumerable<LintedFile> files, IEnumerable<BaselineEntry> absent) => new(this, files, absent);

    /// <summary>The same streamed report with each file's findings compared with a baseline as it passes.</summary>
    internal LintReport WithBaseline(Func<LintedFile, LintedFile> mark, Func<IReadOnlyList<BaselineEntry>> absent) => new(this, mark, absent);

    /// <summary>
    /// The files, for a writer to write: those kept, or, for a streamed report, each as it is linted, counted as it
    /// passes; once they have all passed, <see cref="Errors"/>, <see cref="Summary"/> and
    /// <see cref="AbsentFromBaseline"/> are known. A writer of its own reads the files this way, then the rest.
    /// </summary>
    /// <returns>The files in path order.</returns>
    /// <exception cref="InvalidOperationException">The report is streamed and its files were read before.</exception>
    public IEnumerable<LintedFile> ReadFiles()
    {
        if (_stream is null)
        {
            return Files;
        }

        if (_streamRead)
        {
            throw new InvalidOperationException("A streamed report can be written once.");
        }

        _streamRead = true;
        return ReadStream();
    }

    private static InvalidOperationException NotYetRead() =>
        new("A streamed report knows its errors and counts once a writer has written its files.");

    private static BaselineEntry[] SortAbsent(IEnumerable<BaselineEntry> absent) =>
        absent
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ThenBy(e => e.RuleId, StringComparer.Ordinal)
            .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)
            .ToArray();

    private IEnumerable<LintedFile> ReadStream()
    {
        var counter = new ReportCounter();
        foreach (var streamed in _stream!)
        {
            var file = _mark is null ? streamed : _mark(streamed);
            counter.Add(file);
            yield return file;
        }

        _errors = _streamErrors!();
        _absent = _streamAbsent is null ? [] : SortAbsent(_streamAbsent());
        _summary = new ReportSummary(counter, _errors.Count, _absent.Count);
    }
}
