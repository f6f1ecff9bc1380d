using HealthLint.Analysis.Cues;
using HealthLint.Documents;

namespace HealthLint.Analysis;

/// <summary>One sentence of a block, with its tokens.</summary>
internal sealed class Sentence
{
    private IReadOnlyList<Token>? _tokens;
    private string? _normalized;
    private SentenceCues? _cues;
    private string? _context;

    // Made when a finding quotes it: the rules read the normalized text, and most sentences are never quoted.
    private string? _text;

    public Sentence(ProseBlock block, TextSpan span)
    {
        Block = block;
        Span = span;
    }

    public ProseBlock Block { get; }

    /// <summary>Where the sentence is in <see cref="ProseBlock.Text"/>.</summary>
    public TextSpan Span { get; }

    public string Text => _text ??= Block.Text.Substring(Span.Start, Span.Length);

    /// <summary>The words, numbers and symbols, read on first use: only metric rules count them.</summary>
    public IReadOnlyList<Token> Tokens => _tokens ??= Tokenizer.Tokenize(Block.Text, Span.Start, Span.End);

    /// <summary>The text lower-cased with typographic variants folded; same length, so offsets are shared.</summary>
    public string Normalized => _normalized ??= TextNormalizer.Normalize(Block.Text, Span.Start, Span.Length);

    /// <summary>The sentence before this one in its block, if any.</summary>
    public Sentence? Previous { get; internal set; }

    /// <summary>
    /// The text that requirements of patterns are checked against: the sentence itself, or for a fragment of three
    /// words at most ("Guaranteed.", "For good.") the sentence before it as well.
    /// </summary>
    public string Context => _context ??= Previous is { } previous && IsFragment(Normalized) ? previous.Normalized + " " + Normalized : Normalized;

    /// <summary>Negation, hedging, stance and condition cues, computed on first use and shared by every rule.</summary>
    public SentenceCues Cues => _cues ??= SentenceCues.Analyze(Normalized);

    public override string ToString() => Text;

    private static bool IsFragment(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord && ++words > 3)
            {
                return false;
            }

            inWord = letter;
        }

        return true;
    }
}
