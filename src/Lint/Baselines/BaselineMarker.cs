using HealthLint.Workspace;

namespace HealthLint.Baselines;

/// <summary>
/// Applies a <see cref="Baseline"/> to files one at a time, as a report passes them on: each unsuppressed finding
/// takes up an entry of its file, rule and fingerprint if one is left. Once every file has passed,
/// <see cref="Absent"/> names the entries nothing took up.
/// </summary>
internal sealed class BaselineMarker
{
    private readonly Baseline _baseline;
    private readonly Dictionary<(string Path, string RuleId, string Fingerprint), int> _left = [];
    private readonly HashSet<string> _linted = new(StringComparer.Ordinal);

    // Files and rules that did not check the whole file: an entry the rule did not get to find is not known to be gone.
    private readonly HashSet<(string Path, string RuleId)> _incomplete = [];

    public BaselineMarker(Baseline baseline)
    {
        _baseline = baseline;
        foreach (var entry in baseline.Entries)
        {
            var key = (entry.Path, entry.RuleId, entry.Fingerprint);
            _left[key] = _left.GetValueOrDefault(key) + 1;
        }
    }

    /// <summary>The file with each unsuppressed finding marked <see cref="BaselineState.Unchanged"/> or <see cref="BaselineState.New"/>.</summary>
    public LintedFile Mark(LintedFile file)
    {
        var path = WorkspacePaths.Relative(_baseline.Directory, file.FullPath);
        _linted.Add(path);
        foreach (var ruleId in file.Result.IncompleteRules)
        {
            _incomplete.Add((path, ruleId.ToUpperInvariant()));
        }
        var findings = file.Findings.Select(finding =>
        {
            if (finding.Suppression is not null)
            {
                return finding;
            }

            var key = (path, finding.RuleId, finding.Fingerprint);
            var known = _left.GetValueOrDefault(key) > 0;
            if (known)
            {
                _left[key]--;
            }

            return finding.WithBaselineState(known ? BaselineState.Unchanged : BaselineState.New);
        }).ToArray();
        var result = new LintResult(file.Result.Path, file.Result.Format, findings, file.Result.Notices) { IncompleteRules = file.Result.IncompleteRules };
        return new LintedFile(file.Path, file.FullPath, result);
    }

    /// <summary>
    /// The entries no finding took up, of files that were linted or no longer exist, with paths relative to
    /// <paramref name="baseDirectory"/>; entries of files the run did not cover, or of rules that did not check the
    /// whole file, are left alone.
    /// </summary>
    public IReadOnlyList<BaselineEntry> Absent(string baseDirectory)
    {
        var absent = new List<BaselineEntry>();
        foreach (var entry in _baseline.Entries)
        {
            var key = (entry.Path, entry.RuleId, entry.Fingerprint);
            if (_left.GetValueOrDefault(key) == 0 || _incomplete.Contains((entry.Path, entry.RuleId.ToUpperInvariant())))
            {
                continue;
            }

            var fullPath = Path.GetFullPath(entry.Path, _baseline.Directory);
            if (_linted.Contains(entry.Path) || !File.Exists(fullPath))
            {
                _left[key]--;
                absent.Add(entry with { Path = WorkspacePaths.Relative(baseDirectory, fullPath) });
            }
        }

        return absent;
    }
}
