using HealthLint.Analysis;
using HealthLint.Parsing;
using HealthLint.Rules.Patterns;

namespace HealthLint.Benchmarks.Throughput;

/// <summary>
/// The first stages of a lint on their own: reading an article into prose with its source map (the parser's run
/// included); that and the analysis every rule shares (sentences, citations, metadata); and those and the search of
/// every sentence for the literals the rules' patterns need, the one pass over the prose that decides which
/// patterns run at all. Beside the parse and the full lint, they show what each stage adds to the parser's time, and
/// what a lint costs before any pattern runs.
/// </summary>
internal static class LintStages
{
    private static readonly DateOnly Today = new(2026, 1, 1);

    public static int Read(IReadOnlyList<string> documents, DocumentFormat format)
    {
        var blocks = 0;
        foreach (var text in documents)
        {
            blocks += DocumentReader.Read(text, format).Blocks.Count;
        }

        return blocks;
    }

    public static int ReadAndAnalyse(IReadOnlyList<string> documents, DocumentFormat format)
    {
        // As in the full lint, without the cue answers the operation before kept.
        KeptAnswers.Forget();
        var blocks = 0;
        foreach (var text in documents)
        {
            blocks += DocumentAnalysis.Analyze(DocumentReader.Read(text, format), Today).SentencesByBlock.Count;
        }

        return blocks;
    }

    public static int ReadAnalyseAndSearchLiterals(IReadOnlyList<string> documents, DocumentFormat format)
    {
        // Without the answers the operation before kept, the literals of every sentence are searched for anew.
        KeptAnswers.Forget();
        var searched = 0;
        foreach (var text in documents)
        {
            foreach (var sentence in DocumentAnalysis.Analyze(DocumentReader.Read(text, format), Today).Sentences)
            {
                _ = LiteralIndex.Read(sentence.Normalized);
                searched++;
            }
        }

        return searched;
    }
}
