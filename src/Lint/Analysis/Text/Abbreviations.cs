namespace HealthLint.Analysis.Text;

/// <summary>
/// Words that are followed by a period without ending a sentence. Each list says when the period can still
/// end one; words are looked up without their final period ("e.g" for "e.g.").
/// </summary>
internal static class Abbreviations
{
    /// <summary>
    /// Never end a sentence: titles before a name, words that introduce what follows, and reference words.
    /// Titles are matched case-sensitively so that "MS." (multiple sclerosis) is not "Ms.".
    /// </summary>
    public static WordList NeverFinal { get; } = new(
        [
            "Dr", "Drs", "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mmes", "Prof", "Profs", "St", "Mt", "Rev", "Fr", "Gen",
            "Gov", "Sen", "Rep", "Hon", "Capt", "Lt", "Col", "Sgt", "Maj", "Adm", "Cmdr", "Supt", "Dept", "Univ", "Inst",
            "Assoc",
            .. WordList.WithCapitalised(
            [
                "e.g", "i.e", "viz", "cf", "vs", "v", "approx", "incl", "esp", "resp",
            ]),
        ],
        ignoreCase: false);

    /// <summary>End a sentence unless a number follows: "No. 5", "p. 12", "Fig. 2", "Jan. 2020", "ca. 300"; "I ate a fig. The …" ends.</summary>
    public static WordList BeforeNumber { get; } = new(
        [
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            .. WordList.WithCapitalised(
            [
                "no", "nos", "p", "pp", "fig", "figs", "eq", "eqs", "vol", "vols", "ref", "refs", "ch", "chap", "sec", "sect",
                "art", "para", "ca", "c", "est",
            ]),
        ],
        ignoreCase: false);

    /// <summary>End a sentence only before a capitalised word: "vitamins, minerals, etc. The …", but "etc. and".</summary>
    public static WordList FinalBeforeCapital { get; } = new(
        [
            "Inc", "Ltd", "Co", "Corp", "Bros", "Jr", "Sr", "al", "a.m", "p.m", "A.M", "P.M", "Ph.D", "M.D", "D.O",
            "R.N", "B.Sc", "M.Sc", "B.A", "M.A", "D.Phil",
            .. WordList.WithCapitalised(["etc"]),
        ],
        ignoreCase: false);

    /// <summary>Nouns that take a capital letter as a label, so "vitamin C." ends like any other word and is not an initial.</summary>
    public static WordList LetterLabelNouns { get; } = new(
        [
            "vitamin", "vitamins", "hepatitis", "type", "group", "grade", "stage", "class", "phase", "category", "schedule",
            "part", "plan", "section", "appendix", "option", "tier", "level", "list", "annex", "factor", "strain",
        ],
        ignoreCase: true);
}
