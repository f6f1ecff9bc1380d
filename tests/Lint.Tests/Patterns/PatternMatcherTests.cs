using HealthLint.Rules.Patterns;

namespace HealthLint.Tests.Patterns;

/// <summary>Which patterns have the shape of catastrophic backtracking, and so run on the non-backtracking engine.</summary>
public class PatternMatcherTests
{
    [Theory]
    [InlineData("(a+)+$")]
    [InlineData(@"(\w+\s?)*$")]
    [InlineData("(?:x*y)+")]
    [InlineData("(?:a{2,})*b")]
    [InlineData("((a+))+")]
    [InlineData("(?:(?:ab)+c)*")]
    public void Nested_unbounded_repetitions_are_recognised(string pattern)
    {
        Assert.True(PatternMatcher.NestsUnboundedRepetitions(pattern));
    }

    [Theory]
    [InlineData("guaranteed")]
    [InlineData(@"(?:\w+ ){0,3}?cure")]
    [InlineData("(?:a+)b+")]
    [InlineData("(?:ab)+")]
    [InlineData(@"[(+]+\)")]
    [InlineData(@"\(a+\)+")]
    [InlineData("(?:a{2,5})+")]
    public void Bounded_or_single_repetitions_are_not(string pattern)
    {
        Assert.False(PatternMatcher.NestsUnboundedRepetitions(pattern));
    }
}
