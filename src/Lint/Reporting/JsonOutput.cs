using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HealthLint.Reporting;

/// <summary>How the JSON and SARIF writers lay out their documents: indented, <c>\n</c> line ends, UTF-8 without a byte order mark.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The most a writer holds before it passes its bytes on.</summary>
    private const int MaxPending = 1 << 16;

    /// <summary>
    /// Passes the bytes written so far on to the output once there are enough of them. A writer over a stream keeps
    /// everything until it is flushed, which for a report of a whole archive is hundreds of megabytes.
    /// </summary>
    public static void FlushIfFull(Utf8JsonWriter json)
    {
        if (json.BytesPending > MaxPending)
        {
            json.Flush();
        }
    }

    public static void Write(Stream output, Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(output);
        using (var writer = new Utf8JsonWriter(output, Options))
        {
            write(writer);
        }

        output.Write("\n"u8);
        output.Flush();
    }

    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var stream = new TextWriterStream(output);
        Write(stream, write);
    }

    /// <summary>
    /// Replaces unpaired surrogates with U+FFFD: a span cut inside a surrogate pair must not stop the whole
    /// report, and JSON text has no way to carry one.
    /// </summary>
    public static string Text(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsSurrogate(value[i]) && !char.IsSurrogatePair(value, i) && !(i > 0 && char.IsSurrogatePair(value, i - 1)))
            {
                return Repair(value);
            }
        }

        return value;
    }

    private static string Repair(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsSurrogatePair(value, i))
            {
                builder.Append(value, i, 2);
                i++;
            }
            else
            {
                builder.Append(char.IsSurrogate(value[i]) ? '\uFFFD' : value[i]);
            }
        }

        return builder.ToString();
    }
}
