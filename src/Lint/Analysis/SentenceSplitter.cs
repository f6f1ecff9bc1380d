using System.Globalization;
using System.Text;
using HealthLint.Analysis.Text;

namespace HealthLint.Analysis;

/// <summary>
/// Splits a block's text into sentences. Blocks are already paragraphs, headings, list items or cells, so only
/// the boundaries inside one block are found here.
/// </summary>
/// <remarks>
/// <para>A hard line break ('\n', also '\r', U+0085, U+2028, U+2029) always ends a sentence. Colons and semicolons never do.</para>
/// <para>Otherwise a sentence ends after a run of terminators (. ! ? … and their variants), together with the
/// closing quotes, brackets, superscript digits and bracketed numbers that follow it (<c>"it works."</c>,
/// <c>(see below.)</c>, <c>risk.¹</c>, <c>risk.[3]</c>), when whitespace follows and the next sentence may start
/// there. What starts there is read past opening quotes, brackets and dashes:</para>
/// <list type="bullet">
/// <item>A lower-case letter never starts a sentence, whatever the terminator ("Yahoo! is", "etc. and"); nor does
/// another terminator (". . .").</item>
/// <item>After ! or ? (or a run containing one, "?!", "!!!"): anything else starts one.</item>
/// <item>After an ellipsis ("...", "…", ".."): only an upper-case letter starts one.</item>
/// <item>After a single period, the word before it decides. A title or introducing abbreviation (Dr., Mrs., Prof.,
/// e.g., i.e., vs., approx., incl.) never ends a sentence. "St." is Saint and never ends one, except after a
/// capitalised name ("Elm St."), where it is Street and ends one before an upper-case letter. No., p., pp., Fig.,
/// Vol., month names and the like end one except before a digit. etc., Inc., Ltd., Co., Jr., Sr., et al., a.m., p.m.,
/// Ph.D., M.D. and other dotted words (example.com) end one only before an upper-case letter. An initial or
/// initialism (J., U.S.) ends one only before a common sentence-opening word ("The", "It") that is not itself an
/// initial, unless it labels a noun ("vitamin C.", "hepatitis B."), where it is an ordinary word. A number of up to
/// three digits that is all the sentence has so far ("1. Wash your hands") is a list label. Any other word ends the
/// sentence.</item>
/// </list>
/// <para>A terminator that is not followed by whitespace (2.5 mg, example.com, e.g.,) never ends a sentence, except
/// the full-width terminators of scripts written without spaces. Text without a terminator is one sentence.</para>
/// <para>The scan is linear: every look-behind and look-ahead stops at whitespace or after a fixed number of
/// characters, and word lookups allocate nothing.</para>
/// </remarks>
internal static class SentenceSplitter
{
    /// <summary>Longer words are never abbreviations, so the look-behind stops there.</summary>
    private const int MaxWordLength = 32;

    /// <summary>How many opening quotes, brackets or dashes may stand before the first word of a sentence.</summary>
    private const int MaxOpeningRun = 8;

    /// <summary>The longest bracketed reference ("[12, 14-16]") kept with the sentence it ends.</summary>
    private const int MaxBracketedReference = 24;

    /// <summary>
    /// The longest sentence kept whole. Longer runs without a terminator (a page exported as one line, a table
    /// flattened into text) are not prose; they are cut at whitespace into pieces of about this length, so that every
    /// rule's work stays proportional to the text.
    /// </summary>
    public const int MaxSentenceLength = 2000;

    /// <summary>Every character that <see cref="Punctuation.IsHardBreak"/> or <see cref="Punctuation.IsTerminator"/> accepts.</summary>
    private static readonly System.Buffers.SearchValues<char> BreaksAndTerminators =
        System.Buffers.SearchValues.Create(Punctuation.HardBreaks + Punctuation.Terminators);

    private enum StartKind
    {
        End,
        HardBreak,
        Lower,
        Upper,
        Digit,
        Terminator,
        Other,
    }

    /// <summary>The sentences of <paramref name="text"/>, in order, each trimmed of surrounding whitespace.</summary>
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var spans = new List<TextSpan>();
        if (string.IsNullOrEmpty(text))
        {
            return spans;
        }

        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            // Most characters neither break a line nor end a sentence: skip to the next one that may.
            var next = text.AsSpan(i).IndexOfAny(BreaksAndTerminators);
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = text[i];
            if (Punctuation.IsHardBreak(c))
            {
                Add(text, start, i, spans);
                start = i + 1;
                i++;
                continue;
            }

            var runEnd = i + 1;
            while (runEnd < text.Length && Punctuation.IsTerminator(text[runEnd]))
            {
                runEnd++;
            }

            var end = SkipClosing(text, runEnd);
            if (IsBoundary(text, start, i, runEnd, end))
            {
                Add(text, start, end, spans);
                start = end;
            }

            i = end;
        }

        Add(text, start, text.Length, spans);
        return spans;
    }

    private static void Add(string text, int start, int end, List<TextSpan> spans)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        while (end - start > MaxSentenceLength)
        {
            var cut = text.LastIndexOf(' ', start + MaxSentenceLength, MaxSentenceLength / 2);
            cut = cut > start ? cut : start + MaxSentenceLength;
            if (char.IsLowSurrogate(text[cut]))
            {
                cut--;
            }

            spans.Add(new TextSpan(start, cut));
            start = cut;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        if (end > start)
        {
            spans.Add(new TextSpan(start, end));
        }
    }

    /// <summary>Past the closing quotes, brackets and note references that belong to the sentence a terminator ends.</summary>
    private static int SkipClosing(string text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (Punctuation.IsClosing(c) || Punctuation.IsSuperscriptDigit(c))
            {
                i++;
            }
            else if (c == '[' && BracketedReferenceEnd(text, i) is var close and > 0)
            {
                i = close;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>The end of a bracketed number list such as "[3]" or "[4, 6-8]" starting at <paramref name="open"/>, or 0.</summary>
    private static int BracketedReferenceEnd(string text, int open)
    {
        var limit = Math.Min(text.Length, open + MaxBracketedReference);
        var digits = 0;
        for (var i = open + 1; i < limit; i++)
        {
            var c = text[i];
            if (c == ']')
            {
                return digits > 0 ? i + 1 : 0;
            }

            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not (',' or ';' or ' ') && !Punctuation.IsRangeDash(c))
            {
                return 0;
            }
        }

        return 0;
    }

    private static bool IsBoundary(string text, int sentenceStart, int runStart, int runEnd, int end)
    {
        var strong = false;
        var ellipsis = runEnd - runStart > 1;
        for (var k = runStart; k < runEnd; k++)
        {
            var c = text[k];
            if (Punctuation.IsFullWidthTerminator(c))
            {
                return true;
            }

            strong |= Punctuation.IsStrongTerminator(c);
            ellipsis |= c == '…';
        }

        if (end == text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[end]))
        {
            return false;
        }

        var next = NextStart(text, end, out var wordStart, out var wordEnd);
        switch (next)
        {
            case StartKind.End or StartKind.HardBreak:
                return true;
            case StartKind.Lower or StartKind.Terminator:
                return false;
        }

        if (strong)
        {
            return true;
        }

        if (ellipsis)
        {
            return next == StartKind.Upper;
        }

        return EndsAfterPeriod(text, sentenceStart, runStart, next, wordStart, wordEnd);
    }

    /// <summary>What starts after the whitespace at <paramref name="i"/>, past opening quotes and brackets, and the extent of its first word.</summary>
    private static StartKind NextStart(string text, int i, out int wordStart, out int wordEnd)
    {
        wordStart = wordEnd = i;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            if (Punctuation.IsHardBreak(text[i]))
            {
                return StartKind.HardBreak;
            }

            i++;
        }

        if (i == text.Length)
        {
            return StartKind.End;
        }

        var openingLimit = Math.Min(text.Length, i + MaxOpeningRun);
        while (i < openingLimit && Punctuation.IsOpening(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return StartKind.Other;
        }

        if (Punctuation.IsTerminator(text[i]))
        {
            return StartKind.Terminator;
        }

        if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out _) != System.Buffers.OperationStatus.Done)
        {
            return StartKind.Other;
        }

        var kind = Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.LowercaseLetter => StartKind.Lower,
            UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter => StartKind.Upper,
            UnicodeCategory.DecimalDigitNumber => StartKind.Digit,
            _ => StartKind.Other,
        };

        if (kind == StartKind.Upper)
        {
            wordStart = i;
            var limit = Math.Min(text.Length, i + MaxWordLength);
            var j = i;
            while (j < limit && (char.IsLetter(text[j]) || Punctuation.IsApostrophe(text[j])))
            {
                j++;
            }

            wordEnd = j;
        }

        return kind;
    }

    private static bool EndsAfterPeriod(string text, int sentenceStart, int period, StartKind next, int nextWordStart, int nextWordEnd)
    {
        var wordStart = WordStartBefore(text, period);
        if (wordStart < 0)
        {
            return true;
        }

        var word = text.AsSpan(wordStart, period - wordStart);
        if (word.IsEmpty)
        {
            return true;
        }

        if (word is "St" && IsStreetName(text, wordStart))
        {
            return next == StartKind.Upper;
        }

        if (Abbreviations.NeverFinal.Contains(word))
        {
            return false;
        }

        if (Abbreviations.BeforeNumber.Contains(word) && next == StartKind.Digit)
        {
            return false;
        }

        if (Abbreviations.FinalBeforeCapital.Contains(word))
        {
            return next == StartKind.Upper;
        }

        if (IsInitials(word))
        {
            if (word.Length == 1 && Abbreviations.LetterLabelNouns.Contains(WordBefore(text, wordStart)))
            {
                return true;
            }

            return next != StartKind.Upper || IsSentenceOpener(text, nextWordStart, nextWordEnd);
        }

        if (IsDottedWord(word))
        {
            return next == StartKind.Upper;
        }

        if (word.Length <= 3 && IsAsciiDigits(word) && IsFirstWord(text, sentenceStart, wordStart))
        {
            return false;
        }

        return true;
    }

    /// <summary>Where the word ending at <paramref name="end"/> starts (after whitespace or an opening bracket or quote), or -1 when it is too long to be an abbreviation.</summary>
    private static int WordStartBefore(string text, int end)
    {
        var limit = Math.Max(0, end - MaxWordLength - 1);
        var i = end;
        while (i > 0 && !char.IsWhiteSpace(text[i - 1]) && !Punctuation.IsOpening(text[i - 1]))
        {
            if (i == limit)
            {
                return -1;
            }

            i--;
        }

        return i;
    }

    /// <summary>The word before the one starting at <paramref name="wordStart"/>, without trailing punctuation.</summary>
    private static ReadOnlySpan<char> WordBefore(string text, int wordStart)
    {
        var end = wordStart;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]) && !Punctuation.IsHardBreak(text[end - 1]))
        {
            end--;
        }

        if (end == wordStart)
        {
            return [];
        }

        var limit = Math.Max(0, end - MaxWordLength);
        var start = end;
        while (start > limit && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text.AsSpan(start, end - start);
    }

    /// <summary>Whether "St." at <paramref name="wordStart"/> follows a name ("Elm St."), so it is Street, not Saint ("St. John's wort").</summary>
    private static bool IsStreetName(string text, int wordStart)
    {
        var before = WordBefore(text, wordStart);
        return !before.IsEmpty && char.IsUpper(before[0]) && !CommonWords.SentenceOpeners.Contains(before);
    }

    /// <summary>Whether only whitespace stands between the sentence start and <paramref name="wordStart"/>; the scan covers that whitespace only, so it stays linear.</summary>
    private static bool IsFirstWord(string text, int sentenceStart, int wordStart)
    {
        var k = wordStart;
        while (k > sentenceStart && char.IsWhiteSpace(text[k - 1]))
        {
            k--;
        }

        return k == sentenceStart;
    }

    /// <summary>An initial or initialism: upper-case letters each followed by a period, the last period not included ("J", "U.S", "J.R.R").</summary>
    private static bool IsInitials(ReadOnlySpan<char> word)
    {
        if (word.Length % 2 == 0)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (k % 2 == 0 ? !char.IsUpper(word[k]) : word[k] != '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Letters with inner periods: "a.m", "Ph.D", "example.com".</summary>
    private static bool IsDottedWord(ReadOnlySpan<char> word)
    {
        var dotted = false;
        for (var k = 0; k < word.Length; k++)
        {
            if (word[k] == '.')
            {
                if (k == 0 || word[k - 1] == '.')
                {
                    return false;
                }

                dotted = true;
            }
            else if (!char.IsLetter(word[k]))
            {
                return false;
            }
        }

        return dotted;
    }

    private static bool IsAsciiDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the next word is a common sentence opener and a whole word, not another initial ("J. A. Smith").</summary>
    private static bool IsSentenceOpener(string text, int start, int end)
    {
        if (end <= start || (end < text.Length && text[end] == '.'))
        {
            return false;
        }

        return CommonWords.SentenceOpeners.Contains(text.AsSpan(start, end - start));
    }
}
