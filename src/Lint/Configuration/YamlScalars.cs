using System.Text.RegularExpressions;
using HealthLint.Rules.Loading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HealthLint.Configuration;

/// <summary>
/// Type checks for configuration values that must be text (paths and globs). YAML reads an unquoted <c>5</c>,
/// <c>true</c> or <c>null</c> as a number, a boolean or nothing; taking it as a file name would match nothing without
/// a word, so it is an error that asks for quotes.
/// </summary>
internal static partial class YamlScalars
{
    /// <summary>Whether a node is an unquoted value that YAML's core schema reads as null, a boolean or a number.</summary>
    public static bool IsNonText(YamlScalarNode node) =>
        node.Style is ScalarStyle.Plain or ScalarStyle.Any && node.Tag.IsEmpty && CoreNonText().IsMatch(node.Value ?? "");

    /// <summary>Whether a value is absent in YAML terms: nothing after the key, <c>~</c> or <c>null</c>.</summary>
    public static bool IsNull(YamlNode? node) =>
        node is YamlScalarNode scalar && scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && NullValue().IsMatch(scalar.Value ?? "");

    /// <summary>The text values of <paramref name="key"/>, each checked to be text rather than a number, boolean or null.</summary>
    public static IReadOnlyList<(string Value, YamlNode Node)> TextList(YamlMap map, string key, string what)
    {
        var entries = map.StringList(key);
        foreach (var (value, node) in entries)
        {
            if (node is YamlScalarNode scalar && IsNonText(scalar))
            {
                throw map.Error(node, value.Length == 0 || NullValue().IsMatch(value)
                    ? $"an entry of '{key}' must not be empty"
                    : $"'{value}' in '{key}' is read as a {(BooleanValue().IsMatch(value) ? "boolean" : "number")}, not as {what}; put it in quotes");
            }
        }

        return entries;
    }

    [GeneratedRegex("^(|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN))$")]
    private static partial Regex CoreNonText();

    [GeneratedRegex("^(|~|null|Null|NULL)$")]
    private static partial Regex NullValue();

    [GeneratedRegex("^(true|True|TRUE|false|False|FALSE)$")]
    private static partial Regex BooleanValue();
}
