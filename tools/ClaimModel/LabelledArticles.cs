using System.Text.Json;
using HealthLint.Analysis;
using HealthLint.Documents;
using HealthLint.Parsing;

namespace HealthLint.ClaimModel;

/// <summary>
/// The sentences of a labelled corpus (a folder with <c>labels.json</c> and its <c>docs/</c>, in the format of the
/// annotation guideline) as training examples for the claim model: a sentence is a claim when a required HL003
/// label's quote overlaps it, and not one when no label does. Sentences that an optional label, or an HL002 label,
/// overlaps say nothing either way and are left out, as are sentences whose block carries a citation or is a
/// reference entry or a list of links: the rule never asks the model about them.
/// </summary>
internal static class LabelledArticles
{
    public static List<(string Normalized, BlockKind Kind, bool IsClaim)> Sentences(string folder)
    {
        using var labels = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "labels.json")));
        var examples = new List<(string, BlockKind, bool)>();
        foreach (var document in labels.RootElement.GetProperty("documents").EnumerateObject().OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, document.Name);
            if (!DocumentFormats.TryFromPath(path, out var format))
            {
                continue;
            }

            var source = File.ReadAllText(path);
            var spans = new List<(bool Claim, int Start, int End)>();
            foreach (var label in document.Value.EnumerateArray())
            {
                if (!label.TryGetProperty("quote", out var quote) || quote.GetString() is not { Length: > 0 } text)
                {
                    continue;
                }

                var rule = label.GetProperty("rule").GetString();
                var optional = label.TryGetProperty("optional", out var flag) && flag.GetBoolean();
                var at = source.IndexOf(text, StringComparison.Ordinal);
                if (at >= 0 && rule is "HL002" or "HL003")
                {
                    spans.Add((rule == "HL003" && !optional, at, at + text.Length));
                }
            }

            var analysis = DocumentAnalysis.Analyze(DocumentReader.Read(source, format));
            for (var b = 0; b < analysis.SentencesByBlock.Count; b++)
            {
                var facts = analysis.Facts[b];
                if (facts.HasCitation || facts.IsReferenceEntry || facts.IsLinkList)
                {
                    continue;
                }

                foreach (var sentence in analysis.SentencesByBlock[b])
                {
                    var (start, end) = sentence.Block.Map.Map(sentence.Span.Start, sentence.Span.End);
                    var overlapping = spans.Where(s => s.Start < end && start < s.End).ToList();
                    if (overlapping.Count == 0)
                    {
                        examples.Add((sentence.Normalized, sentence.Block.Kind, false));
                    }
                    else if (overlapping.All(s => s.Claim))
                    {
                        examples.Add((sentence.Normalized, sentence.Block.Kind, true));
                    }
                }
            }
        }

        return examples;
    }
}
