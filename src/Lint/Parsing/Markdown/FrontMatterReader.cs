using HealthLint.Documents;
using YamlDotNet.RepresentationModel;

namespace HealthLint.Parsing.Markdown;

/// <summary>Reads the YAML front matter of a Markdown file: its text is hidden, its top-level keys become metadata.</summary>
internal static class FrontMatterReader
{
    /// <summary>Reads the front matter at [<paramref name="start"/>, <paramref name="end"/>) of the source, fences included.</summary>
    public static void Read(string source, int start, int end, DocumentBuilder builder)
    {
        var text = new MappedTextBuilder(source);
        text.AppendSource(start, end);
        var (value, map) = text.Build();
        builder.AddHidden(new HiddenText(HiddenReason.FrontMatter, value, map));

        var contentStart = AfterFirstLine(source, start, end);
        var contentEnd = StartOfLastLine(source, start, end);
        if (contentStart < 0 || contentEnd <= contentStart)
        {
            return;
        }

        if (YamlDepth.FindTooDeep(source, contentStart, contentEnd) >= 0)
        {
            builder.AddNote("The front matter is nested too deeply to read; its metadata was skipped.");
            return;
        }

        ReadMetadata(source, contentStart, contentEnd, builder);
    }

    private static void ReadMetadata(string source, int contentStart, int contentEnd, DocumentBuilder builder)
    {
        var fields = FlatFrontMatter.Read(source, contentStart, contentEnd);
        if (fields is null && YamlAliases.FindTooLarge(source[contentStart..contentEnd]) is not null)
        {
            builder.AddNote($"The front matter's aliases add more than {YamlAliases.MaxAddedNodesText} values to it; its metadata was skipped.");
            return;
        }

        fields ??= ParsedFields(source, contentStart, contentEnd);
        if (fields is null)
        {
            builder.AddNote("The front matter is not valid YAML; its metadata was skipped.");
            return;
        }

        foreach (var field in fields)
        {
            builder.AddMetadata(field.Key, field.Value, field.Start, field.End);
        }
    }

    /// <summary>
    /// The top-level fields of the front matter as the YAML parser reads them, with a scalar or a list of scalars as
    /// value; <see langword="null"/> when it is not valid YAML.
    /// </summary>
    internal static List<FrontMatterField>? ParsedFields(string source, int contentStart, int contentEnd)
    {
        var yaml = source.Substring(contentStart, contentEnd - contentStart);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (Exception exception) when (YamlParserErrors.Is(exception))
        {
            return null;
        }

        var fields = new List<FrontMatterField>();
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return fields;
        }

        foreach (var (keyNode, valueNode) in root.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key })
            {
                continue;
            }

            var (fieldStart, fieldEnd) = FieldSpan(source, contentStart, contentEnd, keyNode, valueNode);
            switch (valueNode)
            {
                case YamlScalarNode scalar:
                    fields.Add(new FrontMatterField(key, scalar.Value ?? string.Empty, fieldStart, fieldEnd));
                    break;
                case YamlSequenceNode sequence:
                    var items = new List<string>();
                    foreach (var item in sequence.Children)
                    {
                        if (item is YamlScalarNode { Value: { } itemValue })
                        {
                            items.Add(itemValue);
                        }
                    }

                    fields.Add(new FrontMatterField(key, string.Join(", ", items), fieldStart, fieldEnd));
                    break;
            }
        }

        return fields;
    }

    /// <summary>The source span from a field's key to the end of its value, less trailing white space.</summary>
    private static (int Start, int End) FieldSpan(string source, int contentStart, int contentEnd, YamlNode key, YamlNode value)
    {
        var start = contentStart + (int)Math.Clamp(key.Start.Index, 0, contentEnd - contentStart);
        var end = contentStart + (int)Math.Clamp(Math.Max(key.End.Index, value.End.Index), 0, contentEnd - contentStart);
        while (end > start && char.IsWhiteSpace(source[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static int AfterFirstLine(string source, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (source[i] == '\n')
            {
                return i + 1;
            }

            if (source[i] == '\r')
            {
                return i + 1 < end && source[i + 1] == '\n' ? i + 2 : i + 1;
            }
        }

        return -1;
    }

    private static int StartOfLastLine(string source, int start, int end)
    {
        for (var i = end - 1; i >= start; i--)
        {
            if (source[i] is '\n' or '\r')
            {
                return i + 1;
            }
        }

        return start;
    }
}
