using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HealthLint.Documents;

namespace HealthLint.Tests.Parsing;

/// <summary>CRLF, CR and LF each end one line; every offset has the line and column an editor shows.</summary>
public class LineIndexTests
{
    [Theory]
    [InlineData("a\r\nb\rc\nd", 7, 4, 1)]
    [InlineData("a\r\nb", 3, 2, 1)]
    [InlineData("a\r\r\nb", 4, 3, 1)]
    [InlineData("\n\n", 2, 3, 1)]
    [InlineData("ab", 1, 1, 2)]
    public void Each_kind_of_line_break_ends_one_line(string text, int offset, int line, int column)
    {
        Assert.Equal((line, column), new LineIndex(text).Position(offset));
    }

    [Property(MaxTest = 300)]
    public Property Every_offset_has_the_line_and_column_counted_one_character_at_a_time() =>
        Prop.ForAll(Arb.From(Gen.Elements('a', 'b', '\r', '\n', ' ').ArrayOf().Select(c => new string(c))), text =>
        {
            var index = new LineIndex(text);
            var (line, column) = (1, 1);
            for (var offset = 0; offset <= text.Length; offset++)
            {
                if (index.Position(offset) != (line, column))
                {
                    return false;
                }

                if (offset == text.Length)
                {
                    break;
                }

                var breaks = text[offset] == '\n' || (text[offset] == '\r' && (offset + 1 == text.Length || text[offset + 1] != '\n'));
                (line, column) = breaks ? (line + 1, 1) : (line, column + 1);
            }

            return index.LineCount == line;
        });
}
