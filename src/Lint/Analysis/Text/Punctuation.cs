namespace HealthLint.Analysis.Text;

/// <summary>The character classes that sentence splitting, tokenizing and citation finding agree on.</summary>
internal static class Punctuation
{
    /// <summary>Every character <see cref="IsHardBreak"/> accepts.</summary>
    public const string HardBreaks = "\n\r\u0085\u2028\u2029";

    /// <summary>Every character <see cref="IsTerminator"/> accepts.</summary>
    public const string Terminators = ".!?…‼‽⁇⁈⁉。！？｡";

    /// <summary>A character that ends a line in the block text: the reader keeps hard line breaks as '\n'; the others are treated alike so that any text splits the same way.</summary>
    public static bool IsHardBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>A character that may end a sentence.</summary>
    public static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…' or '‼' or '‽' or '⁇' or '⁈' or '⁉' || IsFullWidthTerminator(c);

    /// <summary>An exclamation or question mark, which ends a sentence whatever word came before it.</summary>
    public static bool IsStrongTerminator(char c) => c is '!' or '?' or '‼' or '‽' or '⁇' or '⁈' or '⁉' or '！' or '？';

    /// <summary>A terminator of scripts written without spaces between sentences.</summary>
    public static bool IsFullWidthTerminator(char c) => c is '。' or '！' or '？' or '｡';

    /// <summary>A character that closes what a terminator may sit inside: quotes and brackets, so <c>"it works."</c> ends after the quote.</summary>
    public static bool IsClosing(char c) => c is '"' or '\'' or '”' or '’' or '»' or '›' or ')' or ']' or '}' or '）' or '］' or '」' or '』' or '】' or '〕' or '〉' or '》' or '*' or '†' or '‡';

    /// <summary>A character that may open a sentence before its first word: quotes, brackets, inverted marks, dashes.</summary>
    public static bool IsOpening(char c) => c is '"' or '\'' or '“' or '‘' or '„' or '‚' or '«' or '‹' or '(' or '[' or '{' or '（' or '「' or '『' or '【' or '〔' or '〈' or '《' or '¿' or '¡' or '*' or '-' or '–' or '—' or '―';

    /// <summary>Every character <see cref="IsSuperscriptDigit"/> accepts.</summary>
    public const string SuperscriptDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>A superscript digit, as used for note references (¹²³).</summary>
    public static bool IsSuperscriptDigit(char c) => c is '¹' or '²' or '³' or '⁰' || (c >= '⁴' && c <= '⁹');

    public static int SuperscriptValue(char c) => c switch
    {
        '¹' => 1,
        '²' => 2,
        '³' => 3,
        '⁰' => 0,
        _ => c - '⁰',
    };

    /// <summary>An apostrophe that may join the letters of a word (<c>don't</c>, <c>don’t</c>).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '’';

    /// <summary>A hyphen that may join the parts of a word (<c>risk-free</c>). Dashes are not hyphens: <c>3–5</c> is a range.</summary>
    public static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

    /// <summary>A dash or hyphen used between the numbers of a range.</summary>
    public static bool IsRangeDash(char c) => c is '-' or '‐' or '‑' or '‒' or '–' or '—';

    /// <summary>An invisible character that may sit inside a word without breaking it: soft hyphen, zero-width joiners, word joiner.</summary>
    public static bool IsInvisibleJoiner(char c) => c is '\u00AD' or '\u200C' or '\u200D' or '\u2060';
}
