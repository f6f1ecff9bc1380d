using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HealthLint.Rules.Patterns;

namespace HealthLint.Tests.Patterns;

/// <summary>The lazy merge of sorted match lists gives what a stable sort of the lists one after the other gives.</summary>
public class MatchMergeProperties
{
    private static readonly Gen<PatternMatch> Match =
        from start in Gen.Choose(0, 12)
        from length in Gen.Choose(0, 4)
        from pattern in Gen.Choose(0, 3)
        select new PatternMatch(start, start + length, pattern);

    /// <summary>A source as a pattern gives its matches: by start, then longest first, then by pattern.</summary>
    private static readonly Gen<PatternMatch[]> Source = Match.ListOf()
        .Select(m => m.OrderBy(x => x.Start).ThenByDescending(x => x.End).ThenBy(x => x.Pattern).ToArray());

    [Property(MaxTest = 500)]
    public Property Merging_sources_equals_a_stable_sort_of_them_one_after_the_other() =>
        Prop.ForAll(Arb.From(Source.Where(s => s.Length > 0).ArrayOf()), sources =>
        {
            var expected = sources.SelectMany(s => s).OrderBy(m => m.Start).ThenByDescending(m => m.End).ToArray();
            var merged = MatchMerge.InOrder(sources.Select(s => Started(s)).ToList()).ToArray();
            return expected.SequenceEqual(merged);
        });

    [Fact]
    public void Reading_part_of_a_merge_disposes_of_every_source()
    {
        var sources = new[] { new[] { new PatternMatch(0, 3, 0), new PatternMatch(5, 6, 0) }, [new PatternMatch(1, 2, 1)] }
            .Select(s => new CountingSource(s)).ToList();
        foreach (var source in sources)
        {
            Assert.True(source.MoveNext());
        }

        var first = MatchMerge.InOrder([.. sources]).First();

        Assert.Equal(new PatternMatch(0, 3, 0), first);
        Assert.All(sources, s => Assert.True(s.Disposed));
    }

    private static IEnumerator<PatternMatch> Started(PatternMatch[] source)
    {
        var enumerator = ((IEnumerable<PatternMatch>)source).GetEnumerator();
        Assert.True(enumerator.MoveNext());
        return enumerator;
    }

    private sealed class CountingSource(PatternMatch[] matches) : IEnumerator<PatternMatch>
    {
        private int _index = -1;

        public bool Disposed { get; private set; }

        public PatternMatch Current => matches[_index];

        object System.Collections.IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < matches.Length;

        public void Reset() => _index = -1;

        public void Dispose() => Disposed = true;
    }
}
