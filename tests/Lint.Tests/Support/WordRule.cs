using HealthLint.Analysis;
using HealthLint.Rules;

namespace HealthLint.Tests.Support;

/// <summary>A rule for tests: reports every occurrence of one word in the visible prose, whatever the real rules are.</summary>
internal sealed class WordRule : Rule
{
    private readonly string _word;

    public WordRule(string id, string name, string word, Severity severity)
        : base(new RuleDescriptor(id, name, $"Avoid the word '{word}'")
        {
            Description = $"Reports every '{word}' in the visible prose.",
            Category = "test",
            DefaultSeverity = severity,
            MessageFormat = "The word '{0}' is not allowed.",
            HelpMarkdown = $"Remove **{word}**.",
            HelpUri = new Uri($"https://example.org/rules/{id}"),
            Tags = ["test", "words"],
            Precision = "high",
        })
    {
        _word = word;
    }

    public override void Check(DocumentAnalysis analysis, FindingCollector findings)
    {
        foreach (var block in analysis.Document.Blocks)
        {
            for (var at = block.Text.IndexOf(_word, StringComparison.OrdinalIgnoreCase); at >= 0; at = block.Text.IndexOf(_word, at + _word.Length, StringComparison.OrdinalIgnoreCase))
            {
                findings.Report(Descriptor, block, at, at + _word.Length, Descriptor.FormatMessage(block.Text.Substring(at, _word.Length)));
            }
        }
    }
}
