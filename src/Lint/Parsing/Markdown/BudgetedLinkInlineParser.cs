using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace HealthLint.Parsing.Markdown;

/// <summary>Markdig's <see cref="LinkInlineParser"/> (links and images), searching only within the paragraph's <see cref="InlineScanBudget"/>.</summary>
internal sealed class BudgetedLinkInlineParser : LinkInlineParser
{
    public BudgetedLinkInlineParser(LinkOptions options)
        : base(options)
    {
    }

    /// <summary>The longest reference label, which is all a closing bracket not followed by '(' can read.</summary>
    private const int MaxLabel = 1000;

    // Only a closing bracket searches ahead: for a destination and title after '(', else for a label. Opening ones
    // are not pushed once the budget is spent either: thousands of openers left open would exceed Markdig's own
    // nesting limit.
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (InlineScanBudget.IsSpent(processor))
        {
            return false;
        }

        if (slice.CurrentChar != ']')
        {
            return base.Match(processor, ref slice);
        }

        var start = slice.Start;
        var remaining = slice.PeekChar() == '(' ? slice.Length : Math.Min(slice.Length, MaxLabel);
        var matched = base.Match(processor, ref slice);
        InlineScanBudget.Charge(processor, matched, slice.Start - start, 1, remaining);
        return matched;
    }
}
