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

    public override bool Match(InlineProcessor processor, ref StringSlice slice) =>
        InlineScanBudget.Allows(processor, ref slice) && base.Match(processor, ref slice);
}
