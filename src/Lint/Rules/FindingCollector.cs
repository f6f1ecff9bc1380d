using System.Security.Cryptography;
using System.Text;
using HealthLint.Documents;

namespace HealthLint.Rules;

/// <summary>
/// Collects what rules report, in block text offsets, and turns it into <see cref="Finding"/>s with source
/// regions and line-independent fingerprints.
/// </summary>
internal sealed class FindingCollector
{
    private readonly Document _document;
    private readonly Func<RuleDescriptor, Severity> _severityOf;
    private readonly List<Pending> _pending = [];
    /// <summary>The words that triggered each finding on prose, by block: a long page has thousands of findings.</summary>
    private readonly Dictionary<int, List<(string RuleId, int Start, int End)>> _reportedText = [];

    public FindingCollector(Document document, Func<RuleDescriptor, Severity> severityOf)
    {
        _document = document;
        _severityOf = severityOf;
    }

    /// <summary>Reports text [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="block"/>.</summary>
    public void Report(RuleDescriptor rule, ProseBlock block, int start, int end, string message) =>
        Report(rule, block, start, end, message, start, end);

    /// <summary>
    /// Reports text [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="block"/>, naming the words
    /// that triggered it, so that a rule yielding to this one stays silent only about the same words.
    /// </summary>
    public void Report(RuleDescriptor rule, ProseBlock block, int start, int end, string message, int triggerStart, int triggerEnd)
    {
        start = Math.Clamp(start, 0, block.Text.Length);
        end = Math.Clamp(end, start, block.Text.Length);
        var (sourceStart, sourceEnd) = block.Map.Map(start, end);
        _pending.Add(new Pending(rule, message, sourceStart, sourceEnd, block.Text[start..end]));
        if (!_reportedText.TryGetValue(block.Index, out var reported))
        {
            _reportedText[block.Index] = reported = [];
        }

        reported.Add((rule.Id, triggerStart, triggerEnd));
    }

    /// <summary>Whether <paramref name="ruleId"/> already reported a finding triggered by words overlapping [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="block"/>.</summary>
    public bool HasReported(string ruleId, ProseBlock block, int start, int end)
    {
        if (!_reportedText.TryGetValue(block.Index, out var reported))
        {
            return false;
        }

        foreach (var (id, s, e) in reported)
        {
            if (s < end && start < e && string.Equals(id, ruleId, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reports text of hidden content, such as a disclaimer inside an HTML comment.</summary>
    public void Report(RuleDescriptor rule, HiddenText hidden, int start, int end, string message)
    {
        start = Math.Clamp(start, 0, hidden.Text.Length);
        end = Math.Clamp(end, start, hidden.Text.Length);
        var (sourceStart, sourceEnd) = hidden.Map.Map(start, end);
        _pending.Add(new Pending(rule, message, sourceStart, sourceEnd, hidden.Text[start..end]));
    }

    /// <summary>Reports source text [<paramref name="sourceStart"/>, <paramref name="sourceEnd"/>) that is not prose, such as a front matter field.</summary>
    public void ReportSource(RuleDescriptor rule, int sourceStart, int sourceEnd, string message)
    {
        sourceStart = Math.Clamp(sourceStart, 0, _document.Source.Length);
        sourceEnd = Math.Clamp(sourceEnd, sourceStart, _document.Source.Length);
        _pending.Add(new Pending(rule, message, sourceStart, sourceEnd, _document.Source[sourceStart..sourceEnd]));
    }

    /// <summary>Reports a finding about the document's metadata as a whole, placed on the document's first line.</summary>
    public void ReportTop(RuleDescriptor rule, string message) =>
        _pending.Add(new Pending(rule, message, 0, LineEnd(0), ""));

    /// <summary>Reports a finding about the whole document, placed on its first visible prose or its first line.</summary>
    public void ReportDocument(RuleDescriptor rule, string message)
    {
        if (_document.Blocks.Count > 0)
        {
            var block = _document.Blocks[0];
            var (sourceStart, sourceEnd) = block.Map.Map(0, block.Text.Length);
            var lineEnd = LineEnd(sourceStart);
            _pending.Add(new Pending(rule, message, sourceStart, Math.Min(sourceEnd, lineEnd), ""));
            return;
        }

        _pending.Add(new Pending(rule, message, 0, LineEnd(0), ""));
    }

    public IReadOnlyList<Finding> ToFindings()
    {
        var ordered = _pending
            .OrderBy(p => p.SourceStart)
            .ThenBy(p => p.SourceEnd)
            .ThenBy(p => p.Rule.Id, StringComparer.Ordinal)
            .ThenBy(p => p.Message, StringComparer.Ordinal)
            .ToList();
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var findings = new List<Finding>(ordered.Count);
        foreach (var p in ordered)
        {
            var key = p.Rule.Id + "\u0000" + Normalize(p.Excerpt);
            occurrences[key] = occurrences.TryGetValue(key, out var seen) ? seen + 1 : 0;
            var region = _document.Lines.Region(p.SourceStart, p.SourceEnd);
            findings.Add(new Finding(p.Rule, _severityOf(p.Rule), p.Message, region, p.SourceStart, p.SourceEnd, p.Excerpt, Fingerprint(key, occurrences[key])));
        }

        return findings;
    }

    private int LineEnd(int offset)
    {
        var source = _document.Source;
        var end = offset;
        while (end < source.Length && source[end] is not ('\n' or '\r'))
        {
            end++;
        }

        return end;
    }

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    private static string Fingerprint(string key, int occurrence)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(key + "\u0000" + occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Convert.ToHexStringLower(bytes, 0, 16);
    }

    private sealed record Pending(RuleDescriptor Rule, string Message, int SourceStart, int SourceEnd, string Excerpt);
}
