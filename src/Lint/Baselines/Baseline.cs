using HealthLint.Baselines;
using HealthLint.Workspace;

namespace HealthLint;

/// <summary>
/// The findings an archive already had when HealthLint was adopted, so that only new ones fail a build. Each entry is
/// keyed by file, rule and <see cref="Finding.Fingerprint"/> — the rule and the offending text, numbered when the
/// same text recurs — never by line, so adding lines above a finding or moving its paragraph keeps it known, while
/// rewriting a sentence makes that sentence's findings new. File paths are relative to the baseline file's folder,
/// so the same baseline serves runs from any folder.
/// </summary>
public sealed class Baseline
{
    /// <summary>The version of the baseline file format this library reads and writes.</summary>
    public const int FormatVersion = 1;

    private Baseline(string directory, IEnumerable<BaselineEntry> entries)
    {
        Directory = Path.GetFullPath(directory);
        Entries = entries
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ThenBy(e => e.RuleId, StringComparer.Ordinal)
            .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)
            .ThenBy(e => e.Excerpt, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The absolute folder the entries' paths are relative to: the baseline file's folder.</summary>
    public string Directory { get; }

    /// <summary>The known findings, sorted by path, rule id and fingerprint.</summary>
    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>Records every finding of a report that no inline directive suppresses.</summary>
    /// <param name="report">The report whose findings become known.</param>
    /// <param name="directory">The folder the baseline file will be in; paths are written relative to it.</param>
    /// <returns>The baseline.</returns>
    /// <exception cref="InvalidOperationException">The report is streamed, so it keeps no finding to record.</exception>
    public static Baseline Create(LintReport report, string directory)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var folder = Path.GetFullPath(directory);
        return new Baseline(folder, report.Files.SelectMany(file => file.Findings
            .Where(f => f.Suppression is null)
            .Select(f => new BaselineEntry(WorkspacePaths.Relative(folder, file.FullPath), f.RuleId, f.Fingerprint, f.Excerpt))));
    }

    /// <summary>Reads a baseline file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="displayName">How messages name the file; by default <paramref name="path"/>.</param>
    /// <returns>The baseline, its paths relative to the file's folder.</returns>
    /// <exception cref="BaselineFileException">The file is missing, unreadable, not JSON or not a baseline.</exception>
    public static Baseline Load(string path, string? displayName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var name = displayName ?? path;
        var fullPath = Path.GetFullPath(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new BaselineFileException(name, 0, 0, "no such file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BaselineFileException(name, 0, 0, "cannot be read: " + e.Message);
        }

        return Parse(bytes, name, Path.GetDirectoryName(fullPath)!);
    }

    /// <summary>Reads a baseline from the bytes of a baseline file.</summary>
    /// <param name="utf8">The file's content, UTF-8 (a byte order mark is allowed).</param>
    /// <param name="file">How messages name the file.</param>
    /// <param name="directory">The folder the entries' paths are relative to.</param>
    /// <returns>The baseline.</returns>
    /// <exception cref="BaselineFileException">The content is not JSON or not a baseline.</exception>
    public static Baseline Parse(byte[] utf8, string file, string directory)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        return new Baseline(directory, BaselineJsonReader.Read(utf8, file));
    }

    /// <summary>Writes the baseline file: JSON, sorted, the same bytes for the same entries.</summary>
    /// <param name="output">Where to write; it is flushed, not closed.</param>
    public void Write(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        BaselineJsonWriter.Write(output, Entries);
    }

    /// <summary>
    /// Compares a report with the baseline. Each finding that no directive suppresses gets
    /// <see cref="BaselineState.Unchanged"/> when an entry of its file, rule and fingerprint is left to match it,
    /// else <see cref="BaselineState.New"/>. Entries that match nothing become
    /// <see cref="LintReport.AbsentFromBaseline"/> when their file was linted, or no longer exists; entries of
    /// files the run did not cover are left alone.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <returns>A report with the baseline states set and the absent entries listed.</returns>
    public LintReport Apply(LintReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var marker = new BaselineMarker(this);
        if (report.IsStreamed)
        {
            return report.WithBaseline(marker.Mark, () => marker.Absent(report.BaseDirectory));
        }

        var files = report.Files.Select(marker.Mark).ToList();
        return report.WithBaseline(files, marker.Absent(report.BaseDirectory));
    }
}
