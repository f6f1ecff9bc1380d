using HealthLint.Analysis;
using HealthLint.Rules;
using HealthLint.Rules.Kinds;

namespace HealthLint.Suppressions;

/// <summary>
/// Rule kind <c>unused-suppression</c>: a directive, or a rule id in one, that suppresses nothing. The finding depends
/// on what every other rule found, so the linter reports it after they have run (<see cref="InlineSuppressions"/>);
/// the rule itself checks nothing, and its file gives the descriptor, the severity and the help.
/// </summary>
internal sealed class UnusedSuppressionRule : Rule
{
    public const string KindName = "unused-suppression";

    public static readonly string[] Keys = [];

    private UnusedSuppressionRule(RuleDescriptor descriptor)
        : base(descriptor)
    {
    }

    public static Rule Create(RuleContext context) => new UnusedSuppressionRule(context.Descriptor);

    public override void Check(DocumentAnalysis analysis, FindingCollector findings)
    {
    }
}
