using System.Text;
using HealthLint.Workspace;

namespace HealthLint.Tests.Workspace;

public sealed class SourceDecoderTests
{
    [Fact]
    public void Plain_utf8_is_decoded_as_it_is()
    {
        Assert.True(SourceDecoder.TryDecode(Encoding.UTF8.GetBytes("Crème brûlée 🍮"), out var text, out _));
        Assert.Equal("Crème brûlée 🍮", text);
    }

    [Fact]
    public void The_utf8_byte_order_mark_is_dropped()
    {
        Assert.True(SourceDecoder.TryDecode([0xEF, 0xBB, 0xBF, (byte)'h', (byte)'i'], out var text, out _));
        Assert.Equal("hi", text);
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0x0D, 0x0A, 0x62, 0x0D, 0x63, 0x0A, 0xFF }, 4, 7)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x61, 0xE2, 0x82 }, 1, 4)]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, 1, 0)]
    public void Invalid_utf8_names_the_line_and_byte_offset_of_the_first_bad_byte(byte[] bytes, int line, int offset)
    {
        Assert.False(SourceDecoder.TryDecode(bytes, out _, out var error));
        Assert.Contains("not valid UTF-8", error, StringComparison.Ordinal);
        Assert.Contains($"line {line} ", error, StringComparison.Ordinal);
        Assert.Contains($"byte offset {offset})", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_with_an_odd_byte_count_or_an_unpaired_surrogate_is_an_error()
    {
        Assert.False(SourceDecoder.TryDecode([0xFF, 0xFE, 0x61, 0x00, 0x62], out _, out var odd));
        Assert.False(SourceDecoder.TryDecode([0xFF, 0xFE, 0x00, 0xD8, 0x61, 0x00], out _, out var surrogate));

        Assert.Contains("UTF-16 (little-endian)", odd, StringComparison.Ordinal);
        Assert.Contains("UTF-16 (little-endian)", surrogate, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_big_endian_is_decoded_after_its_byte_order_mark()
    {
        Assert.True(SourceDecoder.TryDecode([0xFE, 0xFF, 0x00, 0x61, 0x00, 0xE9], out var text, out _));
        Assert.Equal("aé", text);
    }
}
