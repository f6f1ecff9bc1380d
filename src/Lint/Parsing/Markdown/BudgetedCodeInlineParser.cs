using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace HealthLint.Parsing.Markdown;

/// <summary>Markdig's <see cref="CodeInlineParser"/> (code spans), searching only within the paragraph's <see cref="InlineScanBudget"/>.</summary>
internal sealed class BudgetedCodeInlineParser : CodeInlineParser
{
    public override bool Match(InlineProcessor processor, ref StringSlice slice) =>
        InlineScanBudget.Allows(processor, ref slice) && base.Match(processor, ref slice);
}
