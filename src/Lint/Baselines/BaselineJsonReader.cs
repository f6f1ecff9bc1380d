using System.Text;
using System.Text.Json;

namespace HealthLint.Baselines;

/// <summary>
/// Reads a baseline file: <c>{ "version": 1, "findings": [ { "path", "ruleId", "fingerprint", "excerpt" } ] }</c>.
/// Every problem is a <see cref="BaselineFileException"/> with the line and column of the JSON at fault; keys it
/// does not know are skipped, so that a later version may add some.
/// </summary>
internal sealed class BaselineJsonReader
{
    private readonly byte[] _utf8;
    private readonly string _file;

    private BaselineJsonReader(byte[] utf8, string file)
    {
        _utf8 = utf8;
        _file = file;
    }

    /// <summary>The entries of a baseline file's bytes (UTF-8; a byte order mark is allowed).</summary>
    /// <param name="bytes">The file's content.</param>
    /// <param name="file">The file's name for messages.</param>
    public static IReadOnlyList<BaselineEntry> Read(byte[] bytes, string file)
    {
        var utf8 = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes[3..] : bytes;
        return new BaselineJsonReader(utf8, file).Read();
    }

    private List<BaselineEntry> Read()
    {
        if (_utf8.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            throw new BaselineFileException(_file, 0, 0, "the file is empty; a baseline is a JSON object with 'version' and 'findings'");
        }

        var reader = new Utf8JsonReader(_utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            reader.Read();

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Error(reader.TokenStartIndex, "a baseline is a JSON object with 'version' and 'findings'");
            }

            var rootStart = reader.TokenStartIndex;
            var version = false;
            List<BaselineEntry>? entries = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "version":
                        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var number) || number != Baseline.FormatVersion)
                        {
                            throw Error(reader.TokenStartIndex, $"'version' must be {Baseline.FormatVersion}, the baseline format this HealthLint reads");
                        }

                        version = true;
                        break;
                    case "findings":
                        entries = ReadFindings(ref reader);
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            // Reading on makes the reader reject anything after the object.
            while (reader.Read())
            {
            }

            if (!version)
            {
                throw Error(rootStart, "the baseline has no 'version'");
            }

            return entries ?? throw Error(rootStart, "the baseline has no 'findings' array");
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0);
            var column = Column(LineStart(line), (int)(e.BytePositionInLine ?? 0));
            throw new BaselineFileException(_file, line + 1, column, "not valid JSON: " + Describe(e));
        }
    }

    private List<BaselineEntry> ReadFindings(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Error(reader.TokenStartIndex, "'findings' must be an array");
        }

        var entries = new List<BaselineEntry>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Error(reader.TokenStartIndex, "each finding must be an object with 'path', 'ruleId' and 'fingerprint'");
            }

            var start = reader.TokenStartIndex;
            string? path = null, ruleId = null, fingerprint = null, excerpt = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "path":
                        path = String(ref reader, name, required: true);
                        break;
                    case "ruleId":
                        ruleId = String(ref reader, name, required: true);
                        break;
                    case "fingerprint":
                        fingerprint = String(ref reader, name, required: true);
                        break;
                    case "excerpt":
                        excerpt = String(ref reader, name, required: false);
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            var missing = path is null ? "path" : ruleId is null ? "ruleId" : fingerprint is null ? "fingerprint" : null;
            if (missing is not null)
            {
                throw Error(start, $"this finding has no '{missing}'");
            }

            entries.Add(new BaselineEntry(path!, ruleId!, fingerprint!, excerpt ?? ""));
        }

        return entries;
    }

    private string String(ref Utf8JsonReader reader, string name, bool required)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Error(reader.TokenStartIndex, $"'{name}' must be a string");
        }

        string value;
        try
        {
            value = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Error(reader.TokenStartIndex, $"'{name}' is not valid UTF-8");
        }

        if (required && value.Trim().Length == 0)
        {
            throw Error(reader.TokenStartIndex, $"'{name}' must not be empty");
        }

        return value;
    }

    private BaselineFileException Error(long offset, string problem)
    {
        var at = (int)Math.Min(offset, _utf8.Length);
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < at; i++)
        {
            if (_utf8[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new BaselineFileException(_file, line + 1, Column(lineStart, at - lineStart), problem);
    }

    /// <summary>The byte offset where the 0-based <paramref name="line"/> starts (lines end at <c>\n</c>, as the JSON reader counts them).</summary>
    private int LineStart(int line)
    {
        var start = 0;
        for (var i = 0; i < _utf8.Length && line > 0; i++)
        {
            if (_utf8[i] == (byte)'\n')
            {
                line--;
                start = i + 1;
            }
        }

        return start;
    }

    /// <summary>The 1-based UTF-16 column of the byte <paramref name="bytesIntoLine"/> bytes after <paramref name="lineStart"/>.</summary>
    private int Column(int lineStart, int bytesIntoLine)
    {
        var length = Math.Clamp(bytesIntoLine, 0, _utf8.Length - lineStart);
        return Encoding.UTF8.GetCharCount(_utf8, lineStart, length) + 1;
    }

    /// <summary>The reader's own explanation, without the position it appends (the message gives it as line:column).</summary>
    private static string Describe(JsonException e)
    {
        var message = e.Message;
        var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (position > 0 ? message[..position] : message).TrimEnd();

        // The reader quotes the offending text, line breaks included; the message must stay on one line.
        return string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
