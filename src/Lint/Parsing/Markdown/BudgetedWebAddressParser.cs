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

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var prefix = AddressPrefix(slice);
        if (prefix == 0)
        {
            return base.Match(processor, ref slice);
        }

        if (InlineScanBudget.IsSpent(processor))
        {
            return false;
        }

        var (start, remaining) = (slice.Start, slice.Length);
        var matched = base.Match(processor, ref slice);
        InlineScanBudget.Charge(processor, matched, slice.Start - start, prefix, remaining);
        return matched;
    }

    // The parser is asked at every one of its letters, most of them inside words, where it does not look further; it
    // searches for the end of an address only after a scheme or "www.", whose length this is (0 for none). The
    // character that ends the prefix is looked at first.
    private static int AddressPrefix(StringSlice slice)
    {
        if (char.IsAsciiLetterOrDigit(slice.PeekCharExtra(-1)))
        {
            return 0;
        }

        var rest = slice.AsSpan();
        return slice.CurrentChar switch
        {
            'h' => Math.Max(Has(rest, "http:"), Has(rest, "https:")),
            'f' => Has(rest, "ftp:"),
            'm' => Has(rest, "mailto:"),
            't' => Has(rest, "tel:"),
            'w' => Has(rest, "www."),
            _ => 0,
        };
    }

    private static int Has(ReadOnlySpan<char> rest, string prefix) =>
        rest.Length >= prefix.Length && rest[prefix.Length - 1] == prefix[^1] && rest.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? prefix.Length : 0;
}
