using System.Text.RegularExpressions;
using HealthLint.Analysis;
using HealthLint.Analysis.Cues;
using HealthLint.Documents;
using HealthLint.Rules.Patterns;

namespace HealthLint.Rules.Kinds;

/// <summary>
/// Kind <c>required-statement</c>: the document must contain, in its visible prose, a sentence matching one of the
/// statements. At most one finding per document: on the defective statement when there is one (inverted by a
/// double negative, voided by a loophole, or present only where readers cannot see it), else at the top.
/// A configuration may require the publisher's own <c>wording</c> instead (then only one of those sentences counts),
/// or declare that the site template shows the statement (<c>providedByTemplate</c>: nothing is reported).
/// </summary>
internal sealed partial class RequiredStatementRule : Rule
{
    public const string KindName = "required-statement";

    public static readonly string[] Keys = ["statements", "patterns", "loopholes", "exceptions", "countNegations", "hidden", "messages", "vocabulary", "wording", "providedByTemplate"];

    private static readonly string[] MessageKeys = ["inverted", "loophole", "hidden", "wording"];

    private readonly PatternList _statements;
    private readonly PatternSet _loopholes;
    private readonly PatternSet _exceptions;
    private readonly bool _countNegations;
    private readonly bool _searchHidden;
    private readonly IReadOnlyDictionary<StatementDefect, string> _messages;
    private readonly StatementWording _wording;
    private readonly string? _wordingMessage;
    private readonly bool _providedByTemplate;

    private RequiredStatementRule(RuleDescriptor descriptor, PatternList statements, PatternSet loopholes, PatternSet exceptions, bool countNegations, bool searchHidden, IReadOnlyDictionary<StatementDefect, string> messages, StatementWording wording, string? wordingMessage, bool providedByTemplate)
        : base(descriptor)
    {
        _wording = wording;
        _wordingMessage = wordingMessage;
        _providedByTemplate = providedByTemplate;
        _statements = statements;
        _loopholes = loopholes;
        _exceptions = exceptions;
        _countNegations = countNegations;
        _searchHidden = searchHidden;
        _messages = messages;
    }

    public static RequiredStatementRule Create(RuleContext context)
    {
        var map = context.Map;
        var messages = new Dictionary<StatementDefect, string>();
        string? wordingMessage = null;
        if (map.Map("messages") is { } messageMap)
        {
            messageMap.AllowOnly(MessageKeys);
            Add(StatementDefect.Inverted, "inverted");
            Add(StatementDefect.Loophole, "loophole");
            Add(StatementDefect.Hidden, "hidden");
            wordingMessage = messageMap.String("wording") is { Length: > 0 } wordingText ? wordingText.Trim() : null;

            void Add(StatementDefect defect, string key)
            {
                if (messageMap.String(key) is { Length: > 0 } text)
                {
                    messages[defect] = text.Trim();
                }
            }
        }

        return new RequiredStatementRule(
            context.Descriptor,
            context.PatternList(map, StatementsKey(map)),
            context.Patterns("loopholes"),
            context.Patterns("exceptions"),
            map.Bool("countNegations", true),
            map.Bool("hidden", true),
            messages,
            StatementWording.Read(map, "wording"),
            wordingMessage,
            map.Bool("providedByTemplate", false));
    }

    /// <summary>The statements are listed under <c>statements</c>, or under <c>patterns</c> like every other kind's.</summary>
    private static string StatementsKey(Loading.YamlMap map)
    {
        if (map.Has("statements") && map.Has("patterns"))
        {
            throw map.Error(map.KeyNode("patterns")!, "'patterns' and 'statements' are the same list: use one of them");
        }

        return map.Has("patterns") ? "patterns" : "statements";
    }

    public override void Check(DocumentAnalysis analysis, FindingCollector findings)
    {
        if (_providedByTemplate)
        {
            return;
        }

        if (!_wording.IsEmpty)
        {
            CheckWording(analysis.Document, findings);
            return;
        }

        (Sentence Sentence, StatementDefect Defect, string Quote)? defective = null;
        foreach (var sentence in analysis.Sentences)
        {
            foreach (var match in _statements.Matches(sentence.Normalized))
            {
                if (IsException(sentence.Normalized, match))
                {
                    continue;
                }

                var defect = DefectOf(sentence.Normalized, match);
                if (defect == StatementDefect.None)
                {
                    return;
                }

                defective ??= (sentence, defect, sentence.Text[match.Start..match.End]);
            }
        }

        if (defective is { } found)
        {
            findings.Report(Descriptor, found.Sentence.Block, found.Sentence.Span.Start, found.Sentence.Span.End, MessageFor(found.Defect, found.Quote));
            return;
        }

        if (_searchHidden && FindHidden(analysis.Document) is { } hidden)
        {
            findings.Report(Descriptor, hidden.Text, hidden.Start, hidden.End, MessageFor(StatementDefect.Hidden, HiddenPlace(hidden.Text.Reason)));
            return;
        }

        findings.ReportDocument(Descriptor, Descriptor.FormatMessage(""));
    }

    /// <summary>
    /// With the publisher's own wording, that is the statement: found in the visible prose it counts whatever else
    /// surrounds it, found only in hidden text it is reported there, and the generic statements do not count.
    /// </summary>
    private void CheckWording(Document document, FindingCollector findings)
    {
        if (document.Blocks.Any(block => _wording.Find(block.Text) is not null))
        {
            return;
        }

        if (_searchHidden)
        {
            foreach (var hidden in document.Hidden)
            {
                if (_wording.Find(hidden.Text) is { } found)
                {
                    findings.Report(Descriptor, hidden, found.Start, found.End, MessageFor(StatementDefect.Hidden, HiddenPlace(hidden.Reason)));
                    return;
                }
            }
        }

        var quote = _wording.Wordings[0];
        findings.ReportDocument(Descriptor, _wordingMessage is null ? Descriptor.FormatMessage(quote) : _wordingMessage.Replace("{0}", quote, StringComparison.Ordinal));
    }

    /// <summary>An exception before or over the statement says it is about something else ("A hearing test is not a substitute…").</summary>
    private bool IsException(string text, PatternMatch match) => _exceptions.Count > 0 && _exceptions.Overlaps(text, 0, match.Start + 1);

    private StatementDefect DefectOf(string text, PatternMatch match)
    {
        if (_loopholes.Count > 0 && _loopholes.Matches(text).Any())
        {
            return StatementDefect.Loophole;
        }

        if (_countNegations && CountNegations(text, match) is { } negations && negations % 2 == 0)
        {
            return StatementDefect.Inverted;
        }

        return StatementDefect.None;
    }

    /// <summary>
    /// Negators that bear on the statement's own negator: those in its clause up to the statement's end, outside
    /// "if …" clauses and not in an earlier coordinated clause ("It isn't medical advice and doesn't replace…" has
    /// one negator per clause). A statement pattern carries its own negator, so an even count means another one
    /// cancels it. A statement without a negator of its own ("Ask your pharmacist first") has nothing to cancel:
    /// <see langword="null"/>.
    /// </summary>
    private static int? CountNegations(string text, PatternMatch match)
    {
        var cues = SentenceCues.Analyze(text);
        var negations = cues.Cues.Where(c => c.Kind == CueKind.Negation && c.End <= match.End && !cues.IsHypothetical(c.Start, c.End)).ToList();
        var own = negations.LastOrDefault(c => c.Start >= match.Start);
        if (own == default)
        {
            return null;
        }

        var clauseStart = 0;
        foreach (Match boundary in Coordination().Matches(text))
        {
            if (boundary.Index >= own.Start)
            {
                break;
            }

            clauseStart = boundary.Index + boundary.Length;
        }

        return negations.Count(c => c.Start >= clauseStart);
    }

    [GeneratedRegex(@"[;:]|\s[—–-]\s|\b(?:and|or|but|however|although|though|whereas|except|nevertheless|nonetheless)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Coordination();

    private (HiddenText Text, int Start, int End)? FindHidden(Document document)
    {
        foreach (var hidden in document.Hidden)
        {
            var normalized = TextNormalizer.Normalize(hidden.Text);
            foreach (var span in SentenceSplitter.Split(hidden.Text))
            {
                var sentence = normalized[span.Start..span.End];
                foreach (var match in _statements.Matches(sentence))
                {
                    if (IsException(sentence, match))
                    {
                        continue;
                    }

                    // Point at the statement itself: hidden text such as front matter has no sentence structure.
                    if (DefectOf(sentence, match) == StatementDefect.None)
                    {
                        return (hidden, span.Start + match.Start, span.End);
                    }
                }
            }
        }

        return null;
    }

    private string MessageFor(StatementDefect defect, string argument) =>
        _messages.TryGetValue(defect, out var format)
            ? format.Replace("{0}", argument, StringComparison.Ordinal)
            : Descriptor.FormatMessage(argument);

    private static string HiddenPlace(HiddenReason reason) => reason switch
    {
        HiddenReason.Comment => "an HTML comment",
        HiddenReason.Script => "a script",
        HiddenReason.Style => "a style sheet",
        HiddenReason.Template => "a template",
        HiddenReason.NoScript => "a noscript element",
        HiddenReason.Navigation => "the navigation",
        HiddenReason.HiddenElement => "a hidden element",
        HiddenReason.FrontMatter => "the front matter",
        HiddenReason.Metadata => "the page metadata",
        HiddenReason.Code => "a code block",
        _ => "text readers cannot see",
    };
}
