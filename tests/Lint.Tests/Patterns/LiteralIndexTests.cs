using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HealthLint.Rules.Patterns;

namespace HealthLint.Tests.Patterns;

/// <summary>The literal index tells, for every set, whether a text holds one of its literals: as a search per set would.</summary>
public class LiteralIndexTests
{
    [Theory]
    [InlineData("it cures acne", 0, true)]
    [InlineData("it cured acne", 0, false)]
    [InlineData("it cured acne", 1, true)]
    [InlineData("she shed", 2, true)]
    [InlineData("hers", 2, true)]
    [InlineData("he", 2, true)]
    [InlineData("h e", 2, false)]
    [InlineData("", 1, false)]
    public void Finds_literals_anywhere_in_the_text_including_overlapping_ones(string text, int set, bool expected)
    {
        var index = new LiteralIndex([["cures", "heals"], ["acne", "cure"], ["he", "she", "hers", "his"]]);

        Assert.Equal(expected, index.Holds(text, set));
    }

    [Fact]
    public void A_literal_shared_by_several_sets_marks_all_of_them()
    {
        var index = new LiteralIndex([["pain"], ["ache", "pain"], ["painkiller"]]);

        Assert.True(index.Holds("back pain", 0));
        Assert.True(index.Holds("back pain", 1));
        Assert.False(index.Holds("back pain", 2));
        Assert.True(index.Holds("a painkiller", 2));
    }

    [Property(MaxTest = 300)]
    public Property Agrees_with_a_search_for_each_literal_when_too_large_for_a_table_of_moves()
    {
        var literal = Gen.Elements('a', 'b', 'c', ' ').ArrayOf().Where(a => a.Length is > 0 and < 6).Select(a => new string(a));
        var sets = literal.ArrayOf().Where(a => a.Length is > 0 and < 5).ArrayOf().Where(a => a.Length is > 0 and < 8);
        var text = Gen.Elements('a', 'b', 'c', ' ', 'd').ArrayOf().Select(a => new string(a));
        return Prop.ForAll(Arb.From(sets), Arb.From(text), (s, t) =>
        {
            var index = new LiteralIndex(s, maxTableCells: 0);
            return Enumerable.Range(0, s.Length).All(i => index.Holds(t, i) == s[i].Any(l => t.Contains(l, StringComparison.Ordinal)));
        });
    }

    [Property(MaxTest = 300)]
    public Property Agrees_with_a_search_for_each_literal()
    {
        // A small alphabet makes literals overlap, nest and share suffixes, where an automaton's failure links matter.
        var literal = Gen.Elements('a', 'b', 'c', ' ').ArrayOf().Where(a => a.Length is > 0 and < 6).Select(a => new string(a));
        var set = literal.ArrayOf().Where(a => a.Length is > 0 and < 5);
        var sets = set.ArrayOf().Where(a => a.Length is > 0 and < 8);
        var text = Gen.Elements('a', 'b', 'c', ' ', 'd').ArrayOf().Select(a => new string(a));
        return Prop.ForAll(Arb.From(sets), Arb.From(text), (s, t) =>
        {
            var index = new LiteralIndex(s);
            return Enumerable.Range(0, s.Length).All(i => index.Holds(t, i) == s[i].Any(l => t.Contains(l, StringComparison.Ordinal)));
        });
    }

    [Fact]
    public void Agrees_with_a_search_for_each_literal_when_its_nodes_need_more_than_16_bits()
    {
        // 20,000 literals of eight letters make a trie of more than 65,536 nodes: the table of moves keeps 32-bit
        // node numbers there, instead of the 16-bit ones of smaller packs.
        var random = new Random(7);
        var literals = Enumerable.Range(0, 20_000).Select(_ => new string(Enumerable.Range(0, 8).Select(_ => (char)('a' + random.Next(10))).ToArray())).Distinct().ToArray();
        var sets = literals.Chunk(50).ToArray();
        var index = new LiteralIndex(sets);
        var texts = Enumerable.Range(0, 200).Select(_ => new string(Enumerable.Range(0, 60).Select(_ => (char)('a' + random.Next(11))).ToArray()))
            .Concat(sets.Take(20).Select((set, i) => "x " + set[i % set.Length] + " y"));
        var held = 0;
        foreach (var text in texts)
        {
            for (var i = 0; i < sets.Length; i++)
            {
                var expected = sets[i].Any(l => text.Contains(l, StringComparison.Ordinal));
                held += expected ? 1 : 0;
                Assert.Equal(expected, index.Holds(text, i));
            }
        }

        Assert.True(held >= 20, $"only {held} sets held: the check saw too little");
    }

    [Fact]
    public void Sets_registered_while_in_use_are_searched_for_from_then_on()
    {
        var before = LiteralIndex.Register(["zyzzyva-before"]);
        Assert.True(LiteralIndex.Read("a zyzzyva-before here").HoldsAll([before]));

        var after = LiteralIndex.Register(["zyzzyva-after"]);

        Assert.True(LiteralIndex.Read("a zyzzyva-after here").HoldsAll([after]));
        Assert.False(LiteralIndex.Read("a zyzzyva-after here").HoldsAll([before, after]));
        Assert.Equal(before, LiteralIndex.Register(["zyzzyva-before"]));
    }
}
