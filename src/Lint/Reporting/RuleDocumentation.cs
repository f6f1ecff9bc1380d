using System.Text;

namespace HealthLint;

/// <summary>
/// Renders a rule's documentation page in Markdown from its <see cref="RuleDescriptor"/> alone, so that the pages in
/// <c>docs/rules/</c>, the SARIF help and the command line never disagree.
/// </summary>
public static class RuleDocumentation
{
    /// <summary>The page for one rule.</summary>
    /// <param name="rule">The rule's descriptor.</param>
    /// <returns>Markdown, lines ending with <c>\n</c>.</returns>
    public static string Render(RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var page = new StringBuilder();
        page.Append("# ").Append(rule.Id).Append(": ").Append(rule.Title).Append("\n\n");
        page.Append("| | |\n| --- | --- |\n");
        page.Append("| Name | `").Append(rule.Name).Append("` |\n");
        if (rule.Category.Length > 0)
        {
            page.Append("| Category | ").Append(rule.Category).Append(" |\n");
        }

        page.Append("| Default severity | ").Append(rule.DefaultSeverity.ToString().ToLowerInvariant()).Append(" |\n");
        if (rule.Tags.Count > 0)
        {
            page.Append("| Tags | ").Append(string.Join(", ", rule.Tags)).Append(" |\n");
        }

        page.Append('\n');
        if (rule.Description.Length > 0)
        {
            page.Append(rule.Description.Trim()).Append("\n\n");
        }

        if (rule.HelpMarkdown.Length > 0)
        {
            page.Append(rule.HelpMarkdown.Trim().Replace("\r\n", "\n", StringComparison.Ordinal)).Append('\n');
        }

        return page.ToString();
    }

    /// <summary>The file name of a rule's page: its id with the <c>.md</c> extension.</summary>
    /// <param name="rule">The rule's descriptor.</param>
    /// <returns>The file name.</returns>
    public static string FileName(RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Id + ".md";
    }
}
