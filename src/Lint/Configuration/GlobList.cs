using HealthLint.Rules.Loading;
using HealthLint.Workspace;
using Microsoft.Extensions.FileSystemGlobbing;

namespace HealthLint.Configuration;

/// <summary>
/// Globs as a configuration writes them, matched against paths relative to the folder of the file that wrote them,
/// with forward slashes: <c>*</c> within a segment, <c>**</c> for any number of folders, <c>{a,b}</c> for
/// alternatives. A pattern ending in <c>/</c>, or without any <c>*</c>, also matches everything below the folder it
/// names, as in .gitignore. Anything else that would silently match nothing (a character class, <c>?</c>, a negation,
/// an absolute path, <c>..</c>) is an error.
/// </summary>
internal sealed class GlobList
{
    private readonly Matcher _matcher;

    private GlobList(IReadOnlyList<string> patterns, string directory, Matcher matcher)
    {
        Patterns = patterns;
        Directory = directory;
        _matcher = matcher;
    }

    /// <summary>The patterns as written.</summary>
    public IReadOnlyList<string> Patterns { get; }

    /// <summary>The absolute folder the patterns are relative to.</summary>
    public string Directory { get; }

    /// <summary>Reads <paramref name="key"/> of <paramref name="map"/> as a list of globs; null when the key is absent.</summary>
    public static GlobList? Read(YamlMap map, string key, string directory, bool required = false)
    {
        if (!map.Has(key))
        {
            if (required)
            {
                throw map.Error(map.Node, $"missing required key '{key}'");
            }

            return null;
        }

        var entries = YamlScalars.TextList(map, key, "a glob");
        if (entries.Count == 0)
        {
            throw map.Error(map.Find(key)!, $"'{key}' must list at least one glob");
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        foreach (var (pattern, node) in entries)
        {
            if (Problem(pattern) is { } problem)
            {
                throw map.Error(node, $"invalid glob '{pattern}': {problem}");
            }

            foreach (var expanded in Expand(pattern.Trim()))
            {
                matcher.AddInclude(expanded);
            }
        }

        return new GlobList(entries.Select(e => e.Value.Trim()).ToArray(), directory, matcher);
    }

    /// <summary>Whether the file at <paramref name="fullPath"/>, below <see cref="Directory"/>, matches one of the patterns.</summary>
    public bool Matches(string fullPath)
    {
        var relative = WorkspacePaths.Relative(Directory, fullPath);
        if (WorkspacePaths.IsOutside(relative) || relative == ".")
        {
            return false;
        }

        lock (_matcher)
        {
            return _matcher.Match(Directory, [relative]).HasMatches;
        }
    }

    /// <summary>How many globs one pattern's braces may stand for: each group multiplies them, and 30 groups of two make a billion.</summary>
    internal const int MaxAlternatives = 1024;

    /// <summary>What is wrong with a pattern, or null when it is fine.</summary>
    internal static string? Problem(string pattern)
    {
        var text = pattern.Trim();
        if (text.Length == 0)
        {
            return "a glob must not be empty";
        }

        if (text[0] == '!')
        {
            return "negated globs are not supported; list the files to leave out under 'exclude' or 'excludeFiles'";
        }

        if (text.Contains('\\', StringComparison.Ordinal))
        {
            return "use forward slashes '/' between folders";
        }

        if (IsRooted(text))
        {
            return RootedProblem;
        }

        if (text.IndexOfAny(['?', '[', ']']) >= 0)
        {
            return "'?' and '[...]' are not supported; use '*', '**' and '{a,b}'";
        }

        var depth = 0;
        foreach (var c in text)
        {
            depth += c switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth is < 0 or > 1)
            {
                return depth < 0 ? "'}' without '{'" : "'{...}' may not be nested";
            }
        }

        if (depth != 0)
        {
            return "'{' without '}'";
        }

        if (Alternatives(text) > MaxAlternatives)
        {
            return $"its '{{...}}' groups make more than {MaxAlternatives.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} globs when written out; use '*' or '**', or list fewer alternatives";
        }

        // Each glob the braces stand for, since a brace can hide what the text shows: "{..,docs}/**", "{/etc,docs}/**".
        foreach (var alternative in ExpandBraces(text))
        {
            if (alternative.Length == 0)
            {
                return "a '{...}' group leaves a glob empty";
            }

            if (IsRooted(alternative))
            {
                return RootedProblem;
            }

            foreach (var segment in alternative.Split('/'))
            {
                if (segment == "..")
                {
                    return "'..' is not allowed: a glob matches files below the configuration's folder";
                }

                if (segment.Contains("**", StringComparison.Ordinal) && segment != "**")
                {
                    return "'**' must be a whole path segment, as in 'press/**' or '**/*.html'";
                }
            }
        }

        return null;
    }

    private const string RootedProblem = "a glob is relative to the folder of the configuration file; remove the leading '/' or drive";

    private static bool IsRooted(string text) => text[0] == '/' || Path.IsPathRooted(text) || (text.Length > 1 && text[1] == ':');

    /// <summary>The patterns the matcher is given for one written pattern: braces expanded, folders extended to what is below them.</summary>
    internal static IEnumerable<string> Expand(string pattern)
    {
        var text = pattern.StartsWith("./", StringComparison.Ordinal) ? pattern[2..] : pattern;
        foreach (var alternative in ExpandBraces(text))
        {
            if (alternative.EndsWith('/'))
            {
                yield return alternative + "**";
            }
            else
            {
                yield return alternative;
                if (!alternative.Contains('*', StringComparison.Ordinal))
                {
                    yield return alternative + "/**";
                }
            }
        }
    }

    private static IEnumerable<string> ExpandBraces(string text)
    {
        var open = text.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
        {
            yield return text;
            yield break;
        }

        var close = text.IndexOf('}', open);
        var prefix = text[..open];
        foreach (var rest in ExpandBraces(text[(close + 1)..]))
        {
            foreach (var choice in text[(open + 1)..close].Split(','))
            {
                yield return prefix + choice + rest;
            }
        }
    }

    /// <summary>The number of globs the braces of <paramref name="text"/> (balanced, not nested) expand to, counted up to just past the limit.</summary>
    private static long Alternatives(string text)
    {
        long product = 1;
        for (var open = text.IndexOf('{', StringComparison.Ordinal); open >= 0 && product <= MaxAlternatives; open = text.IndexOf('{', open + 1))
        {
            var close = text.IndexOf('}', open);
            product *= text.AsSpan(open, close - open).Count(',') + 1;
        }

        return product;
    }
}
