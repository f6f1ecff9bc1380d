namespace HealthLint.Analysis.Text;

/// <summary>
/// Finds numeric note references: bracketed lists such as "[1]", "[2, 3]", "[4-6]", "[4–6]", "[1,3-5]", and runs of
/// superscript digits ("¹", "²³", "¹⁻³") written directly after a word or punctuation.
/// </summary>
/// <remarks>
/// Every number must be from 1 to 999, so "[2020]" (a year) and "[0]" are not references, and a range must rise
/// ("[6-4]" is not one). Brackets holding anything else ("[sic]", "[citation needed]", "[x]", "[ ]") are not references.
/// A superscript after a digit is an exponent ("10⁶"), and a lone ² or ³ after a unit of length is a power ("kg/m²").
/// </remarks>
internal static class NumericReferenceReader
{
    /// <summary>Longer brackets are not reference lists; the limit keeps the scan linear.</summary>
    private const int MaxBracket = 40;

    private const int MaxReference = 999;

    /// <summary>'[' and every character <see cref="Punctuation.IsSuperscriptDigit"/> accepts.</summary>
    private static readonly System.Buffers.SearchValues<char> Openings = System.Buffers.SearchValues.Create("[" + Punctuation.SuperscriptDigits);

    public static void Find(string text, List<TextCitation> found)
    {
        for (var i = 0; i < text.Length; i++)
        {
            // Most characters open neither a bracket nor a superscript: skip to the next one that may.
            var next = text.AsSpan(i).IndexOfAny(Openings);
            if (next < 0)
            {
                break;
            }

            i += next;
            int end;
            if (text[i] == '[')
            {
                end = BracketEnd(text, i);
            }
            else
            {
                // A superscript digit, the only other opening.
                end = SuperscriptEnd(text, i, out var isReference);
                if (!isReference)
                {
                    i = end - 1;
                    continue;
                }
            }

            if (end > 0)
            {
                found.Add(new TextCitation(new TextSpan(i, end), TextCitationKind.NumericReference));
                i = end - 1;
            }
        }
    }

    /// <summary>The end of a bracketed reference list opening at <paramref name="open"/>, or 0.</summary>
    private static int BracketEnd(string text, int open)
    {
        var limit = Math.Min(text.Length, open + MaxBracket);
        var i = open + 1;
        var previous = -1;
        var inRange = false;
        while (true)
        {
            i = SkipSpaces(text, i, limit);
            var value = 0;
            var digits = 0;
            while (i < limit && char.IsAsciiDigit(text[i]))
            {
                value = (value * 10) + (text[i] - '0');
                if (++digits > 3)
                {
                    return 0;
                }

                i++;
            }

            if (digits == 0 || value is < 1 or > MaxReference || (inRange && value <= previous))
            {
                return 0;
            }

            previous = value;
            i = SkipSpaces(text, i, limit);
            if (i >= limit)
            {
                return 0;
            }

            var c = text[i];
            if (c == ']')
            {
                return i + 1;
            }

            if (Punctuation.IsRangeDash(c))
            {
                if (inRange)
                {
                    return 0;
                }

                inRange = true;
            }
            else if (c is ',' or ';')
            {
                inRange = false;
            }
            else
            {
                return 0;
            }

            i++;
        }
    }

    private static int SkipSpaces(string text, int i, int limit)
    {
        while (i < limit && text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    /// <summary>The end of the run of superscript digits and separators starting at <paramref name="start"/>, and whether it is a note reference.</summary>
    private static int SuperscriptEnd(string text, int start, out bool isReference)
    {
        var i = start;
        var valid = true;
        var value = 0;
        while (true)
        {
            var c = text[i];
            value = (value * 10) + Punctuation.SuperscriptValue(c);
            valid &= value <= MaxReference;
            i++;
            if (i < text.Length && Punctuation.IsSuperscriptDigit(text[i]))
            {
                continue;
            }

            valid &= value >= 1;
            if (i + 1 < text.Length && text[i] is ',' or '˒' or '⁻' or '-' or '–' && Punctuation.IsSuperscriptDigit(text[i + 1]))
            {
                value = 0;
                i++;
                continue;
            }

            break;
        }

        isReference = valid && FollowsWordOrPunctuation(text, start) && !IsPowerOfUnit(text, start, i);
        return i;
    }

    private static bool FollowsWordOrPunctuation(string text, int i)
    {
        if (i == 0)
        {
            return false;
        }

        var previous = text[i - 1];
        return !char.IsDigit(previous) && (char.IsLetter(previous) || char.IsPunctuation(previous));
    }

    private static bool IsPowerOfUnit(string text, int start, int end)
    {
        if (end - start != 1 || text[start] is not ('²' or '³'))
        {
            return false;
        }

        var wordStart = start;
        while (wordStart > 0 && start - wordStart < 3 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        if (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            return false;
        }

        return text.AsSpan(wordStart, start - wordStart) is "m" or "cm" or "mm" or "km" or "dm" or "nm" or "µm" or "μm" or "ft" or "yd" or "mi";
    }
}
