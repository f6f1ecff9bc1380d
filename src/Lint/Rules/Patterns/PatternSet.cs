using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using HealthLint.Rules.Loading;
using YamlDotNet.RepresentationModel;

namespace HealthLint.Rules.Patterns;

/// <summary>
/// A list of patterns compiled into one regular expression and matched in one pass over normalized, lower-case
/// text; each pattern matches whole words only. The expression runs on .NET's non-backtracking engine, whose time
/// is linear in the text whatever the pattern, so no pattern can hang the linter. A pattern that needs what that
/// engine lacks (lookarounds, backreferences) runs on the backtracking engine with a time limit instead.
/// </summary>
internal sealed class PatternSet
{
    /// <summary>The limit per match call on the backtracking engine; a pattern that needs longer is treated as not matching.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    private const string WordChar = @"[\p{L}\p{N}_]";
    private const string NotWord = @"[^\p{L}\p{N}_]";

    private readonly Regex? _regex;
    private readonly string[] _groupNames;

    private PatternSet(Regex? regex, int count)
    {
        _regex = regex;
        _groupNames = Enumerable.Range(0, count).Select(i => "p" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
    }

    public static PatternSet None { get; } = new(null, 0);

    public int Count => _groupNames.Length;

    /// <summary>Compiles text values (with their YAML nodes, for error positions) into one set.</summary>
    public static PatternSet Compile(IReadOnlyList<(string Value, YamlNode Node)> patterns, Vocabulary vocabulary, YamlMap owner)
    {
        if (patterns.Count == 0)
        {
            return None;
        }

        var alternatives = new StringBuilder();
        for (var i = 0; i < patterns.Count; i++)
        {
            var (value, node) = patterns[i];
            if (string.IsNullOrWhiteSpace(value))
            {
                throw owner.Error(node, "a pattern must not be empty");
            }

            var expanded = vocabulary.Expand(value.Trim(), problem => owner.Error(node, problem));
            try
            {
                _ = new Regex(expanded, RegexOptions.CultureInvariant, MatchTimeout);
            }
            catch (ArgumentException e)
            {
                throw owner.Error(node, $"invalid pattern '{value}': {e.Message}");
            }

            if (i > 0)
            {
                alternatives.Append('|');
            }

            alternatives.Append("(?<p").Append(i.ToString(CultureInfo.InvariantCulture)).Append('>').Append(expanded).Append(')');
        }

        // The non-backtracking engine has no lookarounds, so its word guards consume the separators around the match
        // and the match proper is the group "m". The backtracking engine gets lookarounds instead: they leave the
        // alternation's first characters in front, which it uses to skip ahead quickly.
        Regex regex;
        try
        {
            regex = new Regex($"(?:^|{NotWord})(?<m>{alternatives})(?:{NotWord}|$)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            regex = new Regex($"(?<!{WordChar})(?<m>{alternatives})(?!{WordChar})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, MatchTimeout);
        }

        return new PatternSet(regex, patterns.Count);
    }

    public IEnumerable<PatternMatch> Matches(string text)
    {
        if (_regex is null || text.Length == 0)
        {
            yield break;
        }

        // Most sentences match nothing, and telling that costs far less than finding where and which pattern matched.
        if (!IsMatch(text))
        {
            yield break;
        }

        var position = 0;
        while (position <= text.Length)
        {
            Match match;
            try
            {
                match = _regex.Match(text, position);
            }
            catch (RegexMatchTimeoutException)
            {
                yield break;
            }

            if (!match.Success)
            {
                yield break;
            }

            var found = match.Groups["m"];
            yield return new PatternMatch(found.Index, found.Index + found.Length, WhichPattern(match));

            // Search again just after where this match starts: a rule may reject this match (an exception, a cue),
            // and a shorter or later one that overlaps it must still be found.
            position = found.Index + 1;
        }
    }

    public bool IsMatch(string text)
    {
        if (_regex is null)
        {
            return false;
        }

        try
        {
            return _regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>Whether a match of this set overlaps [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>.</summary>
    public bool Overlaps(string text, int start, int end)
    {
        foreach (var match in Matches(text))
        {
            if (match.Start >= end)
            {
                return false;
            }

            if (match.End > start)
            {
                return true;
            }
        }

        return false;
    }

    private int WhichPattern(Match match)
    {
        for (var i = 0; i < _groupNames.Length; i++)
        {
            if (match.Groups[_groupNames[i]].Success)
            {
                return i;
            }
        }

        return 0;
    }
}
