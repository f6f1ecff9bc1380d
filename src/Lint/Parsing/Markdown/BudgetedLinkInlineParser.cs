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

    // Only a closing bracket searches ahead, for the destination. Opening ones are not pushed once the budget is
    // spent either: thousands of openers left open would exceed Markdig's own nesting limit.
    public override bool Match(InlineProcessor processor, ref StringSlice slice) =>
        (slice.CurrentChar == ']' ? InlineScanBudget.Allows(processor, ref slice) : !InlineScanBudget.IsSpent(processor))
        && base.Match(processor, ref slice);
}
