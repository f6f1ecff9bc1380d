using System.Globalization;
using System.Text;
using HealthLint.Rules.Loading;

namespace HealthLint.Rules.Kinds;

/// <summary>
/// A publisher's own wordings of a required statement, given as plain sentences. A wording is found when its words
/// appear in a text in the same order, whatever the case, punctuation and whitespace between them: "It is not
/// medical advice." is found in "it is NOT medical-advice".
/// </summary>
internal sealed class StatementWording
{
    private readonly IReadOnlyList<string> _normalized;

    private StatementWording(IReadOnlyList<string> wordings, IReadOnlyList<string> normalized)
    {
        Wordings = wordings;
        _normalized = normalized;
    }

    public static StatementWording None { get; } = new([], []);

    /// <summary>The wordings as written.</summary>
    public IReadOnlyList<string> Wordings { get; }

    public bool IsEmpty => Wordings.Count == 0;

    public static StatementWording Read(YamlMap map, string key)
    {
        var entries = map.StringList(key);
        if (entries.Count == 0)
        {
            return map.Has(key) ? throw map.Error(map.Find(key)!, $"'{key}' must list at least one sentence") : None;
        }

        var wordings = new List<string>();
        var normalized = new List<string>();
        foreach (var (value, node) in entries)
        {
            var words = Normalize(value, out _);
            if (words.Length == 0)
            {
                throw map.Error(node, $"each entry of '{key}' must contain words");
            }

            wordings.Add(string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
            normalized.Add(words);
        }

        return new StatementWording(wordings, normalized);
    }

    /// <summary>Where the first wording found in <paramref name="text"/> starts and ends, in <paramref name="text"/>'s offsets.</summary>
    public (int Start, int End)? Find(string text)
    {
        var words = Normalize(text, out var offsets);
        foreach (var wording in _normalized)
        {
            for (var at = words.IndexOf(wording, StringComparison.Ordinal); at >= 0; at = words.IndexOf(wording, at + 1, StringComparison.Ordinal))
            {
                var end = at + wording.Length;
                if ((at == 0 || words[at - 1] == ' ') && (end == words.Length || words[end] == ' '))
                {
                    return (offsets[at], offsets[end - 1] + 1);
                }
            }
        }

        return null;
    }

    /// <summary>The words of <paramref name="text"/>, lower case, one space apart, with the offset in the text of each character kept.</summary>
    private static string Normalize(string text, out List<int> offsets)
    {
        var builder = new StringBuilder(text.Length);
        offsets = new List<int>(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || (builder.Length > 0 && !pendingSpace && char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                    offsets.Add(i);
                }

                builder.Append(char.ToLowerInvariant(c));
                offsets.Add(i);
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }
}
