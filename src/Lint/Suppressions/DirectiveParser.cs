using HealthLint.Documents;

namespace HealthLint.Suppressions;

/// <summary>
/// Reads suppression directives from the HTML comments the readers recorded. A comment whose text starts with
/// <c>healthlint-</c> is a directive: a keyword, then rule ids separated by commas or spaces, then optionally
/// <c>--</c> and a reason. Positions come from the comment's source map, never from searching the source.
/// </summary>
internal sealed class DirectiveParser
{
    public const string Prefix = "healthlint-";

    private static readonly (string Keyword, DirectiveKind Kind)[] Keywords =
    [
        ("healthlint-disable", DirectiveKind.Disable),
        ("healthlint-enable", DirectiveKind.Enable),
        ("healthlint-disable-line", DirectiveKind.DisableLine),
        ("healthlint-disable-next-line", DirectiveKind.DisableNextLine),
        ("healthlint-disable-file", DirectiveKind.DisableFile),
    ];

    private readonly Dictionary<string, string> _ruleIds;
    private readonly HashSet<string> _unsuppressible;
    private readonly string _ruleList;

    /// <param name="ruleIds">Every rule id a directive may name.</param>
    /// <param name="unsuppressible">Ids of rules that report on directives themselves, which no directive can suppress.</param>
    public DirectiveParser(IEnumerable<string> ruleIds, IEnumerable<string> unsuppressible)
    {
        _unsuppressible = new HashSet<string>(unsuppressible, StringComparer.OrdinalIgnoreCase);
        _ruleIds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in ruleIds)
        {
            _ruleIds.TryAdd(id, id);
        }

        _ruleList = string.Join(", ", _ruleIds.Values.Where(id => !_unsuppressible.Contains(id)).Order(StringComparer.Ordinal));
    }

    /// <summary>Whether a comment's text reads as a directive.</summary>
    public static bool IsDirective(HiddenText hidden) =>
        hidden.Reason == HiddenReason.Comment && hidden.Text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    public DirectiveSet Parse(Document document)
    {
        List<SuppressionDirective>? directives = null;
        List<DirectiveProblem>? problems = null;
        var seen = new HashSet<int>();
        foreach (var comment in document.Hidden.Where(IsDirective))
        {
            var (start, end) = CommentSpan(document.Source, comment);
            if (!seen.Add(start))
            {
                continue;
            }

            directives ??= [];
            problems ??= [];
            if (Read(document, comment, start, end, problems) is { } directive)
            {
                directives.Add(directive);
            }
        }

        if (directives is null)
        {
            return DirectiveSet.Empty;
        }

        return new DirectiveSet(
            directives.OrderBy(d => d.SourceStart).ToArray(),
            problems!.OrderBy(p => p.Comment.Map.SourceStart(p.Start)).ToArray());
    }

    private SuppressionDirective? Read(Document document, HiddenText comment, int sourceStart, int sourceEnd, List<DirectiveProblem> problems)
    {
        var text = comment.Text;
        var reasonAt = ReasonStart(text);
        var head = reasonAt < 0 ? text.Length : reasonAt;
        var justification = reasonAt < 0 ? "" : text[(reasonAt + 3)..].Trim().TrimStart('-').Trim();
        var tokens = Tokens(text, head);
        var (keywordStart, keywordEnd) = tokens[0];
        var keyword = text[keywordStart..keywordEnd].ToLowerInvariant();
        var kind = Keywords.FirstOrDefault(k => k.Keyword == keyword);
        if (kind.Keyword is null)
        {
            problems.Add(new DirectiveProblem(comment, keywordStart, keywordEnd, UnknownKeyword(text[keywordStart..keywordEnd])));
            return null;
        }

        var region = document.Lines.Region(sourceStart, sourceEnd);
        if (kind.Kind == DirectiveKind.DisableLine && region.EndLine != region.StartLine)
        {
            problems.Add(new DirectiveProblem(
                comment,
                keywordStart,
                keywordEnd,
                "healthlint-disable-line covers the line it is on, so its comment must stay on one line; use healthlint-disable-next-line above the line instead"));
            return null;
        }

        var ruleIds = new List<DirectiveRuleId>();
        var named = false;
        var headEnd = keywordEnd;
        for (var i = 1; i < tokens.Count; i++)
        {
            var (start, end) = tokens[i];
            var token = text[start..end];
            named = true;
            headEnd = end;
            if (_unsuppressible.Contains(token))
            {
                problems.Add(new DirectiveProblem(comment, start, end, $"{token.ToUpperInvariant()} reports on directives themselves, so no directive can suppress it; turn it off in the configuration instead"));
            }
            else if (_ruleIds.TryGetValue(token, out var id))
            {
                if (!ruleIds.Any(r => r.Id == id))
                {
                    ruleIds.Add(new DirectiveRuleId(id, start, end));
                }
            }
            else if (!token.Any(char.IsAsciiDigit))
            {
                // Words rather than an id: most likely a reason written without its "--".
                var (_, last) = tokens[^1];
                problems.Add(new DirectiveProblem(comment, start, last, $"'{text[start..last]}' is not a rule id; write the reason after ' -- '"));
                headEnd = last;
                break;
            }
            else
            {
                problems.Add(new DirectiveProblem(comment, start, end, $"unknown rule id '{token}'; the rules are {_ruleList}"));
            }
        }

        if (named && ruleIds.Count == 0)
        {
            // Naming only unknown rules must not widen the directive to every rule.
            return null;
        }

        return new SuppressionDirective(kind.Kind, kind.Keyword, named ? ruleIds : null, justification, comment, headEnd, sourceStart, sourceEnd, region);
    }

    /// <summary>The offset of the <c>" --"</c> that starts the reason, or -1.</summary>
    private static int ReasonStart(string text) => text.IndexOf(" --", StringComparison.Ordinal);

    /// <summary>Words of <c>text[..end]</c> separated by spaces or commas; the first is the keyword.</summary>
    private static List<(int Start, int End)> Tokens(string text, int end)
    {
        var tokens = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i <= end; i++)
        {
            var separator = i == end || text[i] is ' ' or ',';
            if (separator && start >= 0)
            {
                tokens.Add((start, i));
                start = -1;
            }
            else if (!separator && start < 0)
            {
                start = i;
            }
        }

        return tokens;
    }

    private static string UnknownKeyword(string word)
    {
        var lower = word.ToLowerInvariant();
        var (closest, distance) = Keywords
            .Select(k => (k.Keyword, Distance: EditDistance(lower, k.Keyword)))
            .OrderBy(k => k.Distance)
            .ThenBy(k => k.Keyword, StringComparer.Ordinal)
            .First();
        return distance <= 3
            ? $"unknown directive '{word}' (did you mean '{closest}'?)"
            : $"unknown directive '{word}'; the directives are {string.Join(", ", Keywords.Select(k => k.Keyword))}";
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>
    /// The whole comment, <c>&lt;!--</c> to <c>--&gt;</c>, around the text the reader kept; where the delimiters
    /// cannot be seen next to it, the text's own span.
    /// </summary>
    private static (int Start, int End) CommentSpan(string source, HiddenText comment)
    {
        var start = comment.Map.SourceStart(0);
        var end = comment.Map.SourceEnd(comment.Text.Length - 1);
        var before = start;
        while (before > 0 && char.IsWhiteSpace(source[before - 1]))
        {
            before--;
        }

        if (At(source, before - 4, "<!--"))
        {
            start = before - 4;
        }

        var after = end;
        while (after < source.Length && char.IsWhiteSpace(source[after]))
        {
            after++;
        }

        if (At(source, after, "-->"))
        {
            end = after + 3;
        }
        else if (At(source, after, "--!>"))
        {
            end = after + 4;
        }

        return (start, end);
    }

    private static bool At(string source, int offset, string literal) =>
        offset >= 0 && offset + literal.Length <= source.Length && string.CompareOrdinal(source, offset, literal, 0, literal.Length) == 0;
}
