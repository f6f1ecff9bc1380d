using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace HealthLint.Parsing.Markdown;

/// <summary>
/// Puts Markdig's inline parsers that search ahead for what closes an opener within the paragraph's
/// <see cref="InlineScanBudget"/>. Added after the extensions that bring such parsers, so that theirs are replaced too.
/// </summary>
internal sealed class InlineScanBudgetExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        var parsers = pipeline.InlineParsers;
        for (var index = 0; index < parsers.Count; index++)
        {
            parsers[index] = parsers[index] switch
            {
                LinkInlineParser link and not BudgetedLinkInlineParser => new BudgetedLinkInlineParser(link.Options),
                CodeInlineParser and not BudgetedCodeInlineParser => new BudgetedCodeInlineParser(),
                AutolinkInlineParser autolink and not BudgetedAutolinkInlineParser => new BudgetedAutolinkInlineParser(autolink.Options),
                AutoLinkParser address and not BudgetedWebAddressParser => new BudgetedWebAddressParser(address.Options),
                var parser => parser,
            };
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
