namespace HealthLint.Analysis.Text;

/// <summary>
/// Finds author–year citations: parentheticals such as "(Smith et al., 2020)", "(WHO, 2023)",
/// "(Hill et al., 2014; Guo et al., 2019)", and narrative ones such as "Smith et al. (2020)", "Guo and colleagues (2019)".
/// </summary>
/// <remarks>
/// <para>A year is four digits from 1800 to 2099 with an optional lower-case letter ("2020a"). A parenthetical is a
/// citation when one of its ';'-separated parts is an author list followed by a year, then only more years ("2019, 2020",
/// "2020a, b") and an optional page locator (", p. 12", ": 45"). An author list is made of capitalised names or
/// acronyms ("Smith", "O'Brien", "WHO"), "et al.", "and", "&amp;", "and colleagues", name particles ("van", "de") and
/// the small words inside organisation names ("National Institute for Health and Care Excellence"); it may start with
/// "see", "e.g.", "cf." and the like. Its first name may not be an everyday capitalised word (months, "Since",
/// "Updated", "The", "Research"), so "(Updated March 2020)" and "(Since 2019)" are not citations; "(aged 45, 2020 cohort)"
/// and "(CBD, 2023 prices)" are not either, because words follow the year.</para>
/// <para>A parenthetical of years alone ("(2020)") is a citation only together with the author list right before it;
/// after an ordinary word ("in a trial (2020)") it is not. That author list must also look like one: "et al.", "and
/// colleagues", names joined by "and" or "&amp;", a single name or acronym, or an organisation whose last word is
/// "Association", "Society", "Institute" and the like; and it may not follow another capitalised word, since title-case
/// headings ("Best Supplements for Joint Pain (2024)") are not citations. So "John Smith (2020)" is not found either.</para>
/// <para>"n.d." and "in press" are not read as years.</para>
/// </remarks>
internal static class AuthorYearReader
{
    /// <summary>Longer parentheticals are not citations; the limit keeps the scan linear.</summary>
    private const int MaxParenthetical = 300;

    private const int MaxNarrativeWords = 8;
    private const int MaxNarrativeChars = 120;
    private const int MaxAuthorWords = 16;

    /// <summary>Last words of organisation names, which narrative citations may have in several capitalised words.</summary>
    private static readonly WordList OrganisationNouns = new(
        [
            "Association", "Society", "Organization", "Organisation", "Institute", "Institutes", "Foundation", "College",
            "Academy", "Council", "Agency", "Administration", "Centre", "Center", "Centers", "Centres", "Department",
            "Ministry", "Service", "Services", "Review", "Collaboration", "Group", "Network", "Board", "Commission",
            "Force", "Panel", "University", "Trust", "Federation", "Alliance", "Programme", "Program", "Office",
            "Authority", "Committee", "Consortium", "Initiative", "Union", "Excellence",
        ],
        ignoreCase: false);

    private enum Role
    {
        None,
        Name,
        NameEnd,
        Connector,
        Particle,
    }

    public static void Find(string text, List<TextCitation> found)
    {
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '(')
            {
                open = i;
            }
            else if (c == ')' && open >= 0)
            {
                if (i - open <= MaxParenthetical)
                {
                    Evaluate(text, open, i, found);
                }

                open = -1;
            }
        }
    }

    private static void Evaluate(string text, int open, int close, List<TextCitation> found)
    {
        var content = text.AsSpan(open + 1, close - open - 1).Trim();
        if (YearEnd(content, 0) is var yearEnd and > 0)
        {
            if (IsYearTail(content, yearEnd) && NarrativeAuthorStart(text, open) is var authorStart and >= 0)
            {
                found.Add(new TextCitation(new TextSpan(authorStart, close + 1), TextCitationKind.AuthorYear));
            }

            return;
        }

        var partStart = 0;
        for (var k = 0; k <= content.Length; k++)
        {
            if (k < content.Length && content[k] != ';')
            {
                continue;
            }

            if (IsAuthorYear(content[partStart..k].Trim()))
            {
                found.Add(new TextCitation(new TextSpan(open, close + 1), TextCitationKind.AuthorYear));
                return;
            }

            partStart = k + 1;
        }
    }

    /// <summary>Where the author list of a narrative citation before the parenthesis at <paramref name="open"/> starts, or -1.</summary>
    private static int NarrativeAuthorStart(string text, int open)
    {
        // One word more than an author list may have, to see what stands before the longest one.
        Span<int> starts = stackalloc int[MaxNarrativeWords + 1];
        Span<int> ends = stackalloc int[MaxNarrativeWords + 1];
        var count = 0;
        var limit = Math.Max(0, open - MaxNarrativeChars);
        var i = open;
        while (i > limit && text[i - 1] == ' ')
        {
            i--;
        }

        var end = i;
        while (count <= MaxNarrativeWords && i > limit)
        {
            var wordEnd = i;
            while (i > limit && !char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }

            if (i == wordEnd || (i == limit && limit > 0))
            {
                break;
            }

            starts[count] = i;
            ends[count++] = wordEnd;
            while (i > limit && text[i - 1] == ' ')
            {
                i--;
            }
        }

        for (var k = Math.Min(count, MaxNarrativeWords) - 1; k >= 0; k--)
        {
            var authors = text.AsSpan(starts[k], end - starts[k]);
            if (!IsAuthorList(authors, allowPrefix: false) || !IsNarrativeAuthorList(authors))
            {
                continue;
            }

            var before = k + 1 < count ? text.AsSpan(starts[k + 1], ends[k + 1] - starts[k + 1]) : [];
            return IsTitleCaseWord(before) ? -1 : starts[k];
        }

        return -1;
    }

    /// <summary>
    /// Whether a valid author list also has the shape of a narrative citation: "et al." or "and colleagues", names joined
    /// by "and" or "&amp;", a single name or acronym, or an organisation ("American Heart Association"). Other runs of
    /// capitalised words are more likely a title ("Joint Pain Relief (2024)").
    /// </summary>
    private static bool IsNarrativeAuthorList(ReadOnlySpan<char> authors)
    {
        var capitalised = 0;
        var lastWord = ReadOnlySpan<char>.Empty;
        foreach (var range in authors.SplitAny(' ', ','))
        {
            var word = authors[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (word is "al." or "al" or "and" or "&" or "colleagues" or "coworkers" or "co-workers" or "others" or "associates")
            {
                return true;
            }

            if (char.IsUpper(word[0]))
            {
                capitalised++;
            }

            lastWord = word;
        }

        return capitalised == 1 || OrganisationNouns.Contains(lastWord);
    }

    /// <summary>A capitalised plain word that is neither a sentence opener nor a title: the text around is in title case.</summary>
    private static bool IsTitleCaseWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c) && !Punctuation.IsApostrophe(c))
            {
                return false;
            }
        }

        return !CommonWords.NotNames.Contains(word) && !CommonWords.SentenceOpeners.Contains(word);
    }

    private static bool IsAuthorYear(ReadOnlySpan<char> part)
    {
        for (var k = 0; k + 4 <= part.Length; k++)
        {
            if (k > 0 && char.IsLetterOrDigit(part[k - 1]))
            {
                continue;
            }

            if (YearEnd(part, k) is var yearEnd and > 0)
            {
                var authors = part[..k].TrimEnd().TrimEnd(',').TrimEnd();
                return IsYearTail(part, yearEnd) && IsAuthorList(authors, allowPrefix: true);
            }
        }

        return false;
    }

    /// <summary>The end of a year such as "2020" or "2020a" at <paramref name="i"/>, or -1.</summary>
    private static int YearEnd(ReadOnlySpan<char> s, int i)
    {
        if (i + 4 > s.Length)
        {
            return -1;
        }

        var value = 0;
        for (var k = i; k < i + 4; k++)
        {
            if (!char.IsAsciiDigit(s[k]))
            {
                return -1;
            }

            value = (value * 10) + (s[k] - '0');
        }

        if (value is < 1800 or > 2099)
        {
            return -1;
        }

        var end = i + 4;
        if (end < s.Length && char.IsAsciiLetterLower(s[end]))
        {
            end++;
        }

        return end < s.Length && char.IsLetterOrDigit(s[end]) ? -1 : end;
    }

    /// <summary>Whether what follows a year is only more years, suffix letters and a page locator.</summary>
    private static bool IsYearTail(ReadOnlySpan<char> s, int i)
    {
        while (true)
        {
            i = SkipSpaces(s, i);
            if (i == s.Length)
            {
                return true;
            }

            if (s[i] == ':')
            {
                return IsPageNumbers(s, SkipSpaces(s, i + 1));
            }

            if (s[i] is not (',' or ';'))
            {
                return false;
            }

            i = SkipSpaces(s, i + 1);
            if (i == s.Length)
            {
                return false;
            }

            if (YearEnd(s, i) is var yearEnd and > 0)
            {
                i = yearEnd;
            }
            else if (char.IsAsciiLetterLower(s[i]) && (i + 1 == s.Length || s[i + 1] is ',' or ';' or ' '))
            {
                i++;
            }
            else
            {
                return IsLocator(s, i);
            }
        }
    }

    private static bool IsLocator(ReadOnlySpan<char> s, int i)
    {
        var start = i;
        while (i < s.Length && (char.IsAsciiLetter(s[i]) || s[i] == '.'))
        {
            i++;
        }

        return s[start..i] switch
        {
            "p." or "pp." or "p" or "pp" or "para." or "paras." or "ch." or "chap." or "fig." or "figs." or "Fig." or "table"
                or "Table" or "sec." or "s." => IsPageNumbers(s, SkipSpaces(s, i)),
            _ => false,
        };
    }

    private static bool IsPageNumbers(ReadOnlySpan<char> s, int i)
    {
        var digits = false;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                digits = true;
            }
            else if (c is not (',' or ' ') && !Punctuation.IsRangeDash(c))
            {
                return false;
            }
        }

        return digits;
    }

    private static int SkipSpaces(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Whether <paramref name="authors"/> reads as a list of author or organisation names.</summary>
    private static bool IsAuthorList(ReadOnlySpan<char> authors, bool allowPrefix)
    {
        var names = 0;
        var words = 0;
        var last = Role.None;
        var expectAl = false;
        var prefix = allowPrefix;
        var i = 0;
        while (i < authors.Length)
        {
            while (i < authors.Length && (char.IsWhiteSpace(authors[i]) || authors[i] == ','))
            {
                i++;
            }

            var start = i;
            while (i < authors.Length && !char.IsWhiteSpace(authors[i]) && authors[i] != ',')
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            var word = authors[start..i];
            if (++words > MaxAuthorWords)
            {
                return false;
            }

            if (prefix && IsPrefixWord(word))
            {
                continue;
            }

            prefix = false;
            if (expectAl)
            {
                if (word is not ("al." or "al"))
                {
                    return false;
                }

                expectAl = false;
                last = Role.NameEnd;
                continue;
            }

            switch (word)
            {
                case "et":
                    if (last != Role.Name)
                    {
                        return false;
                    }

                    expectAl = true;
                    continue;
                case "and" or "&":
                    if (last is not (Role.Name or Role.NameEnd))
                    {
                        return false;
                    }

                    last = Role.Connector;
                    continue;
                case "colleagues" or "coworkers" or "co-workers" or "others" or "associates":
                    if (last != Role.Connector)
                    {
                        return false;
                    }

                    last = Role.NameEnd;
                    continue;
            }

            if (IsName(word))
            {
                if (names == 0 && CommonWords.NotNames.Contains(word.TrimEnd('.')))
                {
                    return false;
                }

                names++;
                last = Role.Name;
            }
            else if (IsParticle(word))
            {
                last = Role.Particle;
            }
            else if (names > 0 && word is "of" or "for" or "the" or "on" or "in" or "to")
            {
                last = Role.Connector;
            }
            else
            {
                return false;
            }
        }

        return names > 0 && !expectAl && last is Role.Name or Role.NameEnd;
    }

    private static bool IsPrefixWord(ReadOnlySpan<char> word) =>
        word.Equals("see", StringComparison.OrdinalIgnoreCase) || word.Equals("also", StringComparison.OrdinalIgnoreCase)
        || word.Equals("e.g.", StringComparison.OrdinalIgnoreCase) || word.Equals("eg", StringComparison.OrdinalIgnoreCase)
        || word.Equals("cf.", StringComparison.OrdinalIgnoreCase) || word.Equals("i.e.", StringComparison.OrdinalIgnoreCase)
        || word.Equals("for", StringComparison.OrdinalIgnoreCase) || word.Equals("example", StringComparison.OrdinalIgnoreCase)
        || word.Equals("reviewed", StringComparison.OrdinalIgnoreCase) || word.Equals("in", StringComparison.OrdinalIgnoreCase)
        || word.Equals("cited", StringComparison.OrdinalIgnoreCase) || word.Equals("as", StringComparison.OrdinalIgnoreCase)
        || word.Equals("adapted", StringComparison.OrdinalIgnoreCase) || word.Equals("from", StringComparison.OrdinalIgnoreCase)
        || word.Equals("source:", StringComparison.OrdinalIgnoreCase) || word.Equals("sources:", StringComparison.OrdinalIgnoreCase)
        || word.Equals("data", StringComparison.OrdinalIgnoreCase) || word.Equals("the", StringComparison.OrdinalIgnoreCase);

    private static bool IsParticle(ReadOnlySpan<char> word) => word is "van" or "von" or "de" or "der" or "den" or "da"
        or "di" or "du" or "del" or "della" or "la" or "le" or "dos" or "das" or "ten" or "ter" or "bin" or "ibn";

    /// <summary>A capitalised name or acronym: an upper-case letter, then letters, apostrophes, hyphens or periods ("O'Brien", "WHO", "J.").</summary>
    private static bool IsName(ReadOnlySpan<char> word)
    {
        if (!char.IsUpper(word[0]))
        {
            return false;
        }

        for (var k = 1; k < word.Length; k++)
        {
            var c = word[k];
            if (!char.IsLetter(c) && c != '.' && !Punctuation.IsApostrophe(c) && !Punctuation.IsHyphen(c))
            {
                return false;
            }
        }

        return true;
    }
}
