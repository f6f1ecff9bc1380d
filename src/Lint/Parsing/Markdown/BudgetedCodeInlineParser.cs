using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace HealthLint.Parsing.Markdown;

/// <summary>Markdig's <see cref="CodeInlineParser"/> (code spans), searching only within the paragraph's <see cref="InlineScanBudget"/>.</summary>
internal sealed class BudgetedCodeInlineParser : CodeInlineParser
{
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (InlineScanBudget.IsSpent(processor))
        {
            return false;
        }

        // A run of backticks with no closing run is taken as literal backticks, after a search to the paragraph's end.
        var (start, remaining) = (slice.Start, slice.Length);
        var run = slice.AsSpan().IndexOfAnyExcept('`');
        var matched = base.Match(processor, ref slice);
        InlineScanBudget.Charge(processor, matched, slice.Start - start, run < 0 ? remaining : run, remaining);
        return matched;
    }
}
