using System.Globalization;
using HealthLint.Parsing;
using YamlDotNet.RepresentationModel;

namespace HealthLint.Rules.Loading;

/// <summary>
/// A YAML mapping read with its positions, so every problem is reported at the file, line and column of the key or
/// value at fault. Keys not in the allowed set are errors, as misspelt keys would otherwise be ignored silently.
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;

    public YamlMap(string file, YamlMappingNode node)
    {
        File = file;
        _node = node;
    }

    public string File { get; }

    public YamlNode Node => _node;

    /// <summary>Parses a file that holds one mapping.</summary>
    /// <param name="file">The name errors are reported under.</param>
    /// <param name="text">The YAML.</param>
    /// <param name="allowEmpty">Whether a file with no document (empty, or comments only) reads as an empty mapping instead of an error.</param>
    public static YamlMap Parse(string file, string text, bool allowEmpty = false)
    {
        if (YamlDepth.FindTooDeep(text, 0, text.Length) is var tooDeep and >= 0)
        {
            var (line, column) = LineAndColumn(text, tooDeep);
            throw new RuleFileException(file, line, column, $"nested too deeply: at most {YamlDepth.MaxNesting} levels of brackets and {YamlDepth.MaxIndentation} columns of indentation");
        }

        if (YamlAliases.FindTooLarge(text) is { } expansion)
        {
            throw new RuleFileException(file, (int)expansion.Line, (int)expansion.Column, $"its aliases add more than {YamlAliases.MaxAddedNodesText} values to it");
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new RuleFileException(file, (int)e.Start.Line, (int)e.Start.Column, Describe(e));
        }
        catch (Exception e) when (YamlParserErrors.Is(e))
        {
            // The parser fails this way, without a position, on some malformed text: the problem is after the last
            // part it read.
            var after = WhereParsingStops(text);
            throw new RuleFileException(file, (int)after.Line, (int)after.Column, "invalid YAML after this point: the YAML parser cannot read on");
        }

        if (stream.Documents.Count == 0 && allowEmpty)
        {
            return new YamlMap(file, new YamlMappingNode());
        }

        if (stream.Documents.Count != 1)
        {
            throw new RuleFileException(file, 0, 0, stream.Documents.Count == 0 ? "the file is empty" : "the file holds more than one YAML document");
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var node = stream.Documents[0].RootNode;
            throw new RuleFileException(file, (int)node.Start.Line, (int)node.Start.Column, "expected a mapping of keys to values");
        }

        YamlOrigins.Record(root, file);
        return new YamlMap(file, root);
    }

    public IEnumerable<string> Keys => _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    public bool Has(string key) => Find(key) is not null;

    public void AllowOnly(IReadOnlyCollection<string> allowed)
    {
        foreach (var key in _node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name))
            {
                throw Error(key, $"unknown key '{name}'; expected one of: {string.Join(", ", allowed.Order(StringComparer.Ordinal))}");
            }
        }
    }

    public string? String(string key)
    {
        var node = Find(key);
        return node switch
        {
            null => null,
            YamlScalarNode scalar => scalar.Value ?? "",
            _ => throw Error(node, $"'{key}' must be a text value"),
        };
    }

    public string RequiredString(string key)
    {
        var value = String(key);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw value is null ? Error(_node, $"missing required key '{key}'") : Error(Find(key)!, $"'{key}' must not be empty");
        }

        return value;
    }

    public bool Bool(string key, bool fallback)
    {
        var value = String(key);
        if (value is null)
        {
            return fallback;
        }

        return value.ToLowerInvariant() switch
        {
            "true" or "yes" or "on" => true,
            "false" or "no" or "off" => false,
            _ => throw Error(Find(key)!, $"'{key}' must be true or false"),
        };
    }

    public int Int(string key, int fallback)
    {
        var value = String(key);
        if (value is null)
        {
            return fallback;
        }

        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Error(Find(key)!, $"'{key}' must be a whole number");
    }

    /// <summary>A list of text values; a single text value counts as a list of one.</summary>
    public IReadOnlyList<(string Value, YamlNode Node)> StringList(string key)
    {
        var node = Find(key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return [(scalar.Value ?? "", scalar)];
            case YamlSequenceNode sequence:
                var items = new List<(string, YamlNode)>();
                foreach (var item in sequence.Children)
                {
                    if (item is not YamlScalarNode itemScalar)
                    {
                        throw Error(item, $"each entry of '{key}' must be a text value");
                    }

                    items.Add((itemScalar.Value ?? "", itemScalar));
                }

                return items;
            default:
                throw Error(node, $"'{key}' must be a list of text values");
        }
    }

    /// <summary>A list whose entries may be text values or mappings.</summary>
    public IReadOnlyList<YamlNode> List(string key)
    {
        var node = Find(key);
        return node switch
        {
            null => [],
            YamlSequenceNode sequence => sequence.Children.ToList(),
            _ => throw Error(node, $"'{key}' must be a list"),
        };
    }

    public YamlMap? Map(string key)
    {
        var node = Find(key);
        return node switch
        {
            null => null,
            YamlMappingNode mapping => new YamlMap(File, mapping),
            _ => throw Error(node, $"'{key}' must be a mapping of keys to values"),
        };
    }

    public YamlNode? Find(string key)
    {
        foreach (var (k, v) in _node.Children)
        {
            if (k is YamlScalarNode scalar && scalar.Value == key)
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>The position of a key itself (rather than its value).</summary>
    public YamlNode? KeyNode(string key) =>
        _node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode scalar && scalar.Value == key);

    /// <summary>A problem at <paramref name="node"/>, reported in the file the node was read from.</summary>
    public RuleFileException Error(YamlNode node, string problem) =>
        new(YamlOrigins.FileOf(node) ?? File, (int)node.Start.Line, (int)node.Start.Column, problem);

    /// <summary>The 1-based line and column of <paramref name="offset"/>, counting lines as YAML does (CRLF, CR or LF).</summary>
    private static (int Line, int Column) LineAndColumn(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    private static YamlDotNet.Core.Mark WhereParsingStops(string text)
    {
        var last = YamlDotNet.Core.Mark.Empty;
        try
        {
            var parser = new YamlDotNet.Core.Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                last = parser.Current!.End;
            }
        }
        catch (Exception e) when (YamlParserErrors.Is(e))
        {
        }

        return last;
    }

    private static string Describe(YamlDotNet.Core.YamlException e)
    {
        const string DuplicateKey = "Duplicate key ";
        var message = FirstLine(e.Message);
        return message.StartsWith(DuplicateKey, StringComparison.Ordinal)
            ? $"duplicate key '{message[DuplicateKey.Length..].Trim()}': each key may appear once"
            : "invalid YAML: " + message;
    }

    private static string FirstLine(string message)
    {
        var index = message.IndexOfAny(['\r', '\n']);
        return index < 0 ? message : message[..index];
    }
}
