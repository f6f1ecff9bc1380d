using Markdig.Extensions.AutoLinks;
using Markdig.Helpers;
using Markdig.Parsers;

namespace HealthLint.Parsing.Markdown;

/// <summary>Markdig's <see cref="AutoLinkParser"/> (web addresses written out), searching only within the paragraph's <see cref="InlineScanBudget"/>.</summary>
internal sealed class BudgetedWebAddressParser : AutoLinkParser
{
    public BudgetedWebAddressParser(AutoLinkOptions options)
        : base(options)
    {
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice) =>
        (!StartsAddress(slice) || InlineScanBudget.Allows(processor, ref slice)) && base.Match(processor, ref slice);

    // The parser is asked at every one of its letters, most of them inside words, where it does not look further; it
    // searches for the end of an address only after a scheme or "www.". The character that ends the prefix is looked
    // at first.
    private static bool StartsAddress(StringSlice slice)
    {
        if (char.IsAsciiLetterOrDigit(slice.PeekCharExtra(-1)))
        {
            return false;
        }

        var rest = slice.AsSpan();
        return slice.CurrentChar switch
        {
            'h' => Has(rest, "http:") || Has(rest, "https:"),
            'f' => Has(rest, "ftp:"),
            'm' => Has(rest, "mailto:"),
            't' => Has(rest, "tel:"),
            'w' => Has(rest, "www."),
            _ => false,
        };
    }

    private static bool Has(ReadOnlySpan<char> rest, string prefix) =>
        rest.Length >= prefix.Length && rest[prefix.Length - 1] == prefix[^1] && rest.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
}
