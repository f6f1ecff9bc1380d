using HealthLint.Rules;
using HealthLint.Rules.Loading;

namespace HealthLint.Tests.HouseRules;

/// <summary>Loads house rules from YAML text, as a rule pack beside the built-in rules, and lints with them.</summary>
internal static class HouseRuleHost
{
    /// <summary>The day the tests lint on, for rules that check how old a date is.</summary>
    public static readonly DateOnly Today = new(2025, 6, 15);

    /// <summary>Loads one pack of (name, text) files; errors come out as <see cref="RuleFileException"/>.</summary>
    public static RuleSet Load(params (string Name, string Text)[] files) => HouseRulePacks.LoadWithBuiltIn([files]);

    /// <summary>A linter running only the rules of the given rule file, on <see cref="Today"/>.</summary>
    public static Linter Only(string yaml)
    {
        var rules = RulePackLoader.Load([("house/rule.yaml", yaml)], RulePackLoader.BuiltInVocabulary, new Dictionary<string, string>());
        return new Linter(new LinterOptions { Clock = new FixedClock(Today) }, new RuleSet(rules));
    }

    /// <summary>The findings of the given rule file's rule on <paramref name="text"/>.</summary>
    public static IReadOnlyList<Finding> Lint(string yaml, string text, DocumentFormat format = DocumentFormat.Markdown) =>
        Only(yaml).Lint(text, format).Findings;

    /// <summary>The rule file's error, which loading must raise.</summary>
    public static RuleFileException LoadError(params (string Name, string Text)[] files) =>
        Assert.Throws<RuleFileException>(() => Load(files));
}
