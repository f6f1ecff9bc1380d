namespace HealthLint.Suppressions;

/// <summary>
/// Decides which directive suppresses a finding, and remembers which directives were used. A finding is suppressed
/// by a directive that covers its rule and its start: <c>-line</c> and <c>-next-line</c> directives by the line the
/// finding starts on, then the last <c>healthlint-disable</c> or <c>healthlint-enable</c> of its rule ending before
/// the finding starts (a disable suppresses, an enable does not), then <c>healthlint-disable-file</c>. The first
/// that applies in that order is credited, so a second directive for the same finding is reported as unused.
/// </summary>
internal sealed class SuppressionResolver
{
    private const string EveryRule = "*";

    private readonly IReadOnlyList<SuppressionDirective> _directives;
    private readonly Dictionary<SuppressionDirective, HashSet<string>> _used = [];

    // The directives indexed by what a finding is looked up by, so that a file with thousands of directives and
    // findings is resolved in time proportional to them, not to their product. Each index keeps source order.
    private readonly DirectiveIndex _blocks = new();
    private readonly DirectiveIndex _enables = new();
    private readonly DirectiveIndex _files = new();
    private readonly Dictionary<int, DirectiveIndex> _lineDirectives = [];

    /// <param name="directives">
    /// The document's directives in source order. Comments neither nest nor overlap, so their ends are in that order
    /// too: the last directive that ends before a place is found by a binary search.
    /// </param>
    public SuppressionResolver(IReadOnlyList<SuppressionDirective> directives)
    {
        _directives = directives;
        for (var index = 0; index < directives.Count; index++)
        {
            var directive = directives[index];
            System.Diagnostics.Debug.Assert(index == 0 || directives[index - 1].SourceEnd <= directive.SourceStart, "directives overlap or are out of order");
            switch (directive.Kind)
            {
                case DirectiveKind.DisableLine:
                    DirectivesOnLine(directive.Region.StartLine).Add(directive, index);
                    break;
                case DirectiveKind.DisableNextLine:
                    DirectivesOnLine(directive.Region.EndLine + 1).Add(directive, index);
                    break;
                case DirectiveKind.Disable:
                    _blocks.Add(directive, index);
                    break;
                case DirectiveKind.Enable:
                    _blocks.Add(directive, index);
                    _enables.Add(directive, index);
                    break;
                case DirectiveKind.DisableFile:
                    _files.Add(directive, index);
                    break;
            }
        }
    }

    /// <summary>The directive that suppresses <paramref name="finding"/>, or <see langword="null"/>.</summary>
    public SuppressionDirective? Suppressor(Finding finding)
    {
        var directive = LineDirective(finding) ?? BlockDirective(finding) ?? FileDirective(finding);
        if (directive is not null)
        {
            Use(directive, directive.RuleIds is null ? EveryRule : finding.RuleId);
        }

        return directive;
    }

    /// <summary>The directives, or rule ids of directives, that suppressed nothing; call after every finding was seen.</summary>
    /// <param name="ruleIds">Every rule id there is, for an enable that names none.</param>
    /// <param name="running">
    /// Whether a rule ran. A directive for a rule that is turned off could not have suppressed anything, yet it is
    /// not stale: it is needed again when the rule is turned back on, so its ids count as used.
    /// </param>
    /// <param name="incomplete">
    /// Rules that ran without checking the whole document: for a disable directive their ids count as used, and one
    /// that names no rule is not reported, since what it was written for may be a finding they did not get to make.
    /// </param>
    public IEnumerable<UnusedDirective> Unused(IReadOnlyCollection<string> ruleIds, Func<string, bool> running, IReadOnlySet<string>? incomplete = null)
    {
        for (var index = 0; index < _directives.Count; index++)
        {
            var directive = _directives[index];
            var enable = directive.Kind == DirectiveKind.Enable;
            var used = enable ? Closed(index, ruleIds) : _used.GetValueOrDefault(directive) ?? [];
            var checkedWhole = enable || incomplete is null ? running : id => running(id) && !incomplete.Contains(id);
            if (directive.RuleIds is null)
            {
                if (used.Count == 0 && (enable || incomplete is not { Count: > 0 }))
                {
                    yield return new UnusedDirective(directive, null, EndOf(index, null));
                }

                continue;
            }

            var unused = directive.RuleIds.Where(r => !used.Contains(r.Id) && checkedWhole(r.Id)).ToList();
            if (unused.Count == 0)
            {
                continue;
            }

            if (unused.Count == directive.RuleIds.Count)
            {
                yield return new UnusedDirective(directive, null, EndOf(index, directive.RuleIds.Count == 1 ? directive.RuleIds[0].Id : null));
                continue;
            }

            foreach (var id in unused)
            {
                yield return new UnusedDirective(directive, id, EndOf(index, id.Id));
            }
        }
    }

    private DirectiveIndex DirectivesOnLine(int line)
    {
        if (!_lineDirectives.TryGetValue(line, out var index))
        {
            _lineDirectives[line] = index = new DirectiveIndex();
        }

        return index;
    }

    /// <summary>The first <c>-line</c> or <c>-next-line</c> directive that covers the finding's rule on its first line.</summary>
    private SuppressionDirective? LineDirective(Finding finding) =>
        _lineDirectives.TryGetValue(finding.Region.StartLine, out var index) ? Directive(index.First(finding.RuleId, -1)) : null;

    /// <summary>The last disable or enable of the finding's rule that ends before it starts, when it is a disable.</summary>
    private SuppressionDirective? BlockDirective(Finding finding)
    {
        var last = Directive(_blocks.Last(finding.RuleId, i => _directives[i].SourceEnd <= finding.StartOffset));
        return last is { Kind: DirectiveKind.Disable } ? last : null;
    }

    private SuppressionDirective? FileDirective(Finding finding) => Directive(_files.First(finding.RuleId, -1));

    /// <summary>The rules an enable ends a disable of: those whose last disable or enable before it is a disable.</summary>
    private HashSet<string> Closed(int index, IReadOnlyCollection<string> ruleIds)
    {
        var enable = _directives[index];
        var closed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in enable.RuleIds?.Select(r => r.Id) ?? ruleIds)
        {
            if (Directive(_blocks.Last(id, i => i < index)) is { Kind: DirectiveKind.Disable })
            {
                closed.Add(id);
            }
        }

        if (enable.RuleIds is null && closed.Count > 0)
        {
            closed.Add(EveryRule);
        }

        return closed;
    }

    /// <summary>The enable that ends the disable at <paramref name="index"/> for <paramref name="ruleId"/> (or for every rule).</summary>
    private SuppressionDirective? EndOf(int index, string? ruleId)
    {
        if (_directives[index].Kind != DirectiveKind.Disable)
        {
            return null;
        }

        return Directive(ruleId is null ? _enables.FirstForEveryRule(index) : _enables.First(ruleId, index));
    }

    private SuppressionDirective? Directive(int index) => index < 0 ? null : _directives[index];

    private void Use(SuppressionDirective directive, string ruleId)
    {
        if (!_used.TryGetValue(directive, out var ids))
        {
            _used[directive] = ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        }

        ids.Add(ruleId);
    }
}
