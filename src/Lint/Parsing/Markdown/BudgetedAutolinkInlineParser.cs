using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace HealthLint.Parsing.Markdown;

/// <summary>Markdig's <see cref="AutolinkInlineParser"/> (autolinks in angle brackets and inline HTML), searching only within the paragraph's <see cref="InlineScanBudget"/>.</summary>
internal sealed class BudgetedAutolinkInlineParser : AutolinkInlineParser
{
    public BudgetedAutolinkInlineParser(AutolinkOptions options)
        : base(options)
    {
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (InlineScanBudget.IsSpent(processor))
        {
            return false;
        }

        // Only a letter (a tag or a scheme), '/', '!' or '?' after '<' starts something whose end is searched for;
        // "<5 mg" fails at once.
        var next = slice.PeekChar();
        if (!char.IsAsciiLetter(next) && next is not ('/' or '!' or '?'))
        {
            return base.Match(processor, ref slice);
        }

        var (start, remaining) = (slice.Start, slice.Length);
        var matched = base.Match(processor, ref slice);
        InlineScanBudget.Charge(processor, matched, slice.Start - start, 1, remaining);
        return matched;
    }
}
