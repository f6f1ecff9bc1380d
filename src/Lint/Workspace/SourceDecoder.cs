using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace HealthLint.Workspace;

/// <summary>
/// Decodes a file's bytes strictly: UTF-8 (with or without a byte order mark), or UTF-16 when a byte order mark
/// says so. Anything else is reported rather than guessed at, so that findings never point into mangled text.
/// </summary>
internal static class SourceDecoder
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Decodes <paramref name="bytes"/>; on failure <paramref name="error"/> says where the first bad byte is.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string error)
    {
        if (bytes.StartsWith(Utf8Bom))
        {
            return TryDecodeUtf8(bytes, Utf8Bom.Length, out text, out error);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return TryDecodeUtf16(bytes, bigEndian: false, out text, out error);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return TryDecodeUtf16(bytes, bigEndian: true, out text, out error);
        }

        return TryDecodeUtf8(bytes, 0, out text, out error);
    }

    private static bool TryDecodeUtf8(ReadOnlySpan<byte> bytes, int start, out string text, out string error)
    {
        var content = bytes[start..];
        if (Utf8.IsValid(content))
        {
            text = Encoding.UTF8.GetString(content);
            error = "";
            return true;
        }

        var buffer = ArrayPool<char>.Shared.Rent(content.Length);
        try
        {
            Utf8.ToUtf16(content, buffer, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            var offset = start + read;
            text = "";
            error = string.Format(
                CultureInfo.InvariantCulture,
                "not valid UTF-8: byte 0x{0:X2} at line {1} (byte offset {2}) does not start a valid sequence; save the file as UTF-8",
                bytes[offset],
                LineOf(bytes, offset),
                offset);
            return false;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static bool TryDecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian, out string text, out string error)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
        var name = bigEndian ? "UTF-16 (big-endian)" : "UTF-16 (little-endian)";
        try
        {
            text = encoding.GetString(bytes[2..]);
            error = "";
            return true;
        }
        catch (DecoderFallbackException exception)
        {
            var offset = 2 + Math.Max(exception.Index, 0);
            text = "";
            error = string.Format(CultureInfo.InvariantCulture, "not valid {0}: invalid data at byte offset {1}", name, offset);
            return false;
        }
    }

    /// <summary>The 1-based line of a byte offset, counting CRLF, CR and LF as line ends like <c>LineIndex</c> does.</summary>
    private static int LineOf(ReadOnlySpan<byte> bytes, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 >= bytes.Length || bytes[i + 1] != (byte)'\n')))
            {
                line++;
            }
        }

        return line;
    }
}
