using HealthLint.Analysis.Text;

namespace HealthLint.Tests.Analysis;

/// <summary>The character lists that searches jump with hold exactly the characters the predicates accept.</summary>
public class PunctuationTests
{
    [Fact]
    public void The_lists_of_breaks_and_terminators_match_their_predicates()
    {
        for (var c = char.MinValue; ; c++)
        {
            Assert.True(Punctuation.IsHardBreak(c) == Punctuation.HardBreaks.Contains(c), $"U+{(int)c:X4} hard break");
            Assert.True(Punctuation.IsTerminator(c) == Punctuation.Terminators.Contains(c), $"U+{(int)c:X4} terminator");
            Assert.True(Punctuation.IsSuperscriptDigit(c) == Punctuation.SuperscriptDigits.Contains(c), $"U+{(int)c:X4} superscript digit");
            if (c == char.MaxValue)
            {
                break;
            }
        }
    }
}
