using HealthLint.Analysis;
using HealthLint.Parsing;
using HealthLint.Rules;
using HealthLint.Rules.Patterns;
using HealthLint.Suppressions;

namespace HealthLint;

/// <summary>
/// Lints one article held in memory. Text in, findings out: it reads no files and writes nothing, and one instance
/// may be used from many threads at once.
/// </summary>
public sealed class Linter
{
    /// <summary>
    /// The <see cref="AppContext"/> switch that makes <see cref="Lint(string, DocumentFormat, string?)"/> run a full
    /// garbage collection after reading an article of more than 8M characters, before analysing it. The parser's tree
    /// of such an article takes several times its size and is garbage once the article is read, but by then it has
    /// reached the oldest generation, which the collector may not visit again for a long time: the analysis then takes
    /// new memory instead of the tree's (a 50 MB HTML page peaks above 1 GB without the collection, under 900 MB with
    /// it). The <c>healthlint</c> command turns it on; an application that hosts the library decides for its own heap,
    /// since the collection is blocking and covers everything the process holds. Off unless set.
    /// </summary>
    public const string CollectAfterLargeArticlesSwitch = "HealthLint.CollectAfterLargeArticles";

    private readonly RuleSet _rules;
    private readonly LinterOptions _options;
    private readonly InlineSuppressions _suppressions;

    /// <summary>Creates a linter with the built-in rule pack.</summary>
    public Linter()
        : this(LinterOptions.Default)
    {
    }

    /// <summary>Creates a linter with the built-in rule pack, configured by <paramref name="options"/>.</summary>
    /// <param name="options">Which rules run and at what severity.</param>
    public Linter(LinterOptions options)
        : this(options, RuleSet.BuiltIn)
    {
    }

    /// <summary>Creates a linter that runs <paramref name="rules"/> instead of the built-in rule pack.</summary>
    internal Linter(LinterOptions options, RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(rules);
        _options = options;
        Pack = rules;
        _rules = rules.Without(options.DisabledRules);
        _suppressions = new InlineSuppressions(rules, _rules);
    }

    /// <summary>
    /// The rules this linter was made from, the ones turned off included: the pack a configuration starts from when
    /// a workspace lints a file that has one.
    /// </summary>
    internal RuleSet Pack { get; }

    /// <summary>The options this linter was made with: a configured linter keeps those the configuration does not set.</summary>
    internal LinterOptions Options => _options;

    /// <summary>
    /// The descriptors of the rules this linter runs, sorted by id: the built-in ones and those of rule packs, without
    /// the ones turned off.
    /// </summary>
    public IReadOnlyList<RuleDescriptor> Rules => _rules.Descriptors;

    /// <summary>The severity this linter reports a rule's findings with.</summary>
    /// <param name="rule">One of <see cref="Rules"/>.</param>
    /// <returns>The configured severity, else the rule's default.</returns>
    public Severity SeverityOf(RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return _options.Severities.TryGetValue(rule.Id, out var severity) ? severity : rule.DefaultSeverity;
    }

    /// <summary>Lints an article.</summary>
    /// <param name="text">The article's source text. A leading byte order mark is ignored.</param>
    /// <param name="format">How to read it.</param>
    /// <param name="path">The path to report it under, if any; it is not opened.</param>
    /// <returns>The findings, sorted by position; those that inline directives suppress are kept, marked as suppressed.</returns>
    public LintResult Lint(string text, DocumentFormat format, string? path = null) => Lint(text, format, path, null);

    /// <summary>
    /// <see cref="Lint(string, DocumentFormat, string?)"/> as one of the documents of a run: rules that
    /// <paramref name="runBudget"/> has stopped are not checked, and this document's pattern time-outs count towards it.
    /// </summary>
    internal LintResult Lint(string text, DocumentFormat format, string? path, PatternRunBudget? runBudget)
    {
        ArgumentNullException.ThrowIfNull(text);
        var source = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        var document = DocumentReader.Read(source, format);
        var analysis = DocumentAnalysis.Analyze(document, DateOnly.FromDateTime(_options.Clock.GetLocalNow().DateTime));
        var findings = new FindingCollector(document, SeverityOf);
        var notices = document.ReaderNotes;
        HashSet<string>? incomplete = null;
        foreach (var rule in _rules.Rules)
        {
            var id = rule.Descriptor.Id;
            if (runBudget is not null && runBudget.IsSpent(id))
            {
                notices = [.. notices, PatternRunBudget.Notice(id)];
                (incomplete ??= new(StringComparer.OrdinalIgnoreCase)).Add(id);
                continue;
            }

            using var budget = PatternBudget.Open();
            rule.Check(analysis, findings);
            runBudget?.Record(id, budget);
            if (budget.Notice(id) is { } notice)
            {
                notices = [.. notices, notice];
                (incomplete ??= new(StringComparer.OrdinalIgnoreCase)).Add(id);
            }
        }

        return new LintResult(path, format, _suppressions.Apply(document, findings.ToFindings(), SeverityOf, incomplete), notices)
        {
            IncompleteRules = incomplete ?? (IReadOnlySet<string>)LintResult.AllRulesComplete,
        };
    }
}
