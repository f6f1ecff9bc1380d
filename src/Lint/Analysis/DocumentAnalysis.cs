using HealthLint.Documents;

namespace HealthLint.Analysis;

/// <summary>What the rules share about a document, computed once: its sentences and tokens, per block.</summary>
internal sealed class DocumentAnalysis
{
    private DocumentAnalysis(Document document, IReadOnlyList<IReadOnlyList<Sentence>> sentencesByBlock)
    {
        Document = document;
        SentencesByBlock = sentencesByBlock;
    }

    public Document Document { get; }

    /// <summary>The sentences of each block, indexed like <see cref="Document.Blocks"/>.</summary>
    public IReadOnlyList<IReadOnlyList<Sentence>> SentencesByBlock { get; }

    public IEnumerable<Sentence> Sentences => SentencesByBlock.SelectMany(s => s);

    public static DocumentAnalysis Analyze(Document document)
    {
        var sentences = new List<IReadOnlyList<Sentence>>(document.Blocks.Count);
        foreach (var block in document.Blocks)
        {
            var list = new List<Sentence>();
            foreach (var span in SentenceSplitter.Split(block.Text))
            {
                list.Add(new Sentence(block, span, Tokenizer.Tokenize(block.Text, span.Start, span.End)));
            }

            sentences.Add(list);
        }

        return new DocumentAnalysis(document, sentences);
    }
}
