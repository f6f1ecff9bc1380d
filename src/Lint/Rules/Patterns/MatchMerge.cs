namespace HealthLint.Rules.Patterns;

/// <summary>
/// Merges sequences of matches, each in order of start and then of longest first, into one in the same order, taken
/// lazily: a rule that stops at its first match that counts does not make the pattern look for the others.
/// </summary>
internal static class MatchMerge
{
    /// <summary>
    /// The matches of <paramref name="sources"/>, each already on its first match, in order of start and then of
    /// longest first; where matches tie, the earlier source's first, as a stable sort of the sources one after the
    /// other would give. Every source is disposed of, however far the merge is read.
    /// </summary>
    public static IEnumerable<PatternMatch> InOrder(List<IEnumerator<PatternMatch>> sources)
    {
        try
        {
            while (sources.Count > 0)
            {
                var next = 0;
                for (var k = 1; k < sources.Count; k++)
                {
                    if (Precedes(sources[k].Current, sources[next].Current))
                    {
                        next = k;
                    }
                }

                yield return sources[next].Current;
                if (!sources[next].MoveNext())
                {
                    sources[next].Dispose();
                    sources.RemoveAt(next);
                }
            }
        }
        finally
        {
            foreach (var source in sources)
            {
                source.Dispose();
            }
        }
    }

    /// <summary>Whether <paramref name="a"/> comes strictly before <paramref name="b"/>: it starts earlier, or as early and ends later.</summary>
    public static bool Precedes(PatternMatch a, PatternMatch b) => a.Start != b.Start ? a.Start < b.Start : a.End > b.End;
}
