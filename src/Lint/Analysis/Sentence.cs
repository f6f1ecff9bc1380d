using HealthLint.Analysis.Cues;
using HealthLint.Documents;

namespace HealthLint.Analysis;

/// <summary>One sentence of a block, with its tokens.</summary>
internal sealed class Sentence
{
    private string? _normalized;
    private SentenceCues? _cues;

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

    /// <summary>The text lower-cased with typographic variants folded; same length, so offsets are shared.</summary>
    public string Normalized => _normalized ??= TextNormalizer.Normalize(Text);

    /// <summary>Negation, hedging, stance and condition cues, computed on first use and shared by every rule.</summary>
    public SentenceCues Cues => _cues ??= SentenceCues.Analyze(Normalized);

    public override string ToString() => Text;
}
