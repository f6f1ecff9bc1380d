using System.Text;
using System.Text.RegularExpressions;
using HealthLint.Rules.Loading;
using YamlDotNet.RepresentationModel;

namespace HealthLint.Rules.Patterns;

/// <summary>
/// A list of patterns compiled into one regular expression, matched in one pass over normalized, lower-case
/// text. Each pattern matches whole words only. Matching has a time limit, so no pattern can hang the linter.
/// </summary>
internal sealed class PatternSet
{
    /// <summary>A hard limit per match call; patterns that need longer are treated as not matching.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    private readonly Regex? _regex;
    private readonly int _count;

    private PatternSet(Regex? regex, int count)
    {
        _regex = regex;
        _count = count;
    }

    public static PatternSet None { get; } = new(null, 0);

    public int Count => _count;

    /// <summary>Compiles text values (with their YAML nodes, for error positions) into one set.</summary>
    public static PatternSet Compile(IReadOnlyList<(string Value, YamlNode Node)> patterns, Vocabulary vocabulary, YamlMap owner)
    {
        if (patterns.Count == 0)
        {
            return None;
        }

        var builder = new StringBuilder(@"(?<![\p{L}\p{N}_])(?:");
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
                _ = new Regex(expanded, RegexOptions.CultureInvariant);
            }
            catch (ArgumentException e)
            {
                throw owner.Error(node, $"invalid pattern '{value}': {e.Message}");
            }

            if (i > 0)
            {
                builder.Append('|');
            }

            builder.Append("(?<p").Append(i).Append('>').Append(expanded).Append(')');
        }

        builder.Append(@")(?![\p{L}\p{N}_])");
        var regex = new Regex(builder.ToString(), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, MatchTimeout);
        return new PatternSet(regex, patterns.Count);
    }

    public IEnumerable<PatternMatch> Matches(string text)
    {
        if (_regex is null || text.Length == 0)
        {
            yield break;
        }

        Match match;
        try
        {
            match = _regex.Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            yield break;
        }

        while (match.Success)
        {
            yield return new PatternMatch(match.Index, match.Index + match.Length, WhichPattern(match));
            try
            {
                match = match.Length == 0 ? _regex.Match(text, match.Index + 1) : match.NextMatch();
            }
            catch (RegexMatchTimeoutException)
            {
                yield break;
            }
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
        for (var i = 0; i < _count; i++)
        {
            if (match.Groups["p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)].Success)
            {
                return i;
            }
        }

        return 0;
    }
}
