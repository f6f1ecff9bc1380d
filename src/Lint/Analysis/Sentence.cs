using HealthLint.Documents;

namespace HealthLint.Analysis;

/// <summary>One sentence of a block, with its tokens.</summary>
internal sealed class Sentence
{
    public Sentence(ProseBlock block, TextSpan span, IReadOnlyList<Token> tokens)
    {
        Block = block;
        Span = span;
        Tokens = tokens;
        Text = block.Text.Substring(span.Start, span.Length);
    }

    public ProseBlock Block { get; }

    /// <summary>Where the sentence is in <see cref="ProseBlock.Text"/>.</summary>
    public TextSpan Span { get; }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public override string ToString() => Text;
}
