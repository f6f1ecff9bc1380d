using HealthLint.Analysis;
using HealthLint.Rules;
using HealthLint.Rules.Kinds;

namespace HealthLint.Suppressions;

/// <summary>
/// Rule kind <c>invalid-suppression</c>: a comment that starts like a directive but cannot be followed (an unknown
/// keyword or rule id). Which ids are known is the linter's to say, so the linter reports it
/// (<see cref="InlineSuppressions"/>); the rule itself checks nothing, and its file gives the descriptor, the
/// severity and the help.
/// </summary>
internal sealed class InvalidSuppressionRule : Rule
{
    public const string KindName = "invalid-suppression";

    public static readonly string[] Keys = [];

    private InvalidSuppressionRule(RuleDescriptor descriptor)
        : base(descriptor)
    {
    }

    public static Rule Create(RuleContext context) => new InvalidSuppressionRule(context.Descriptor);

    public override void Check(DocumentAnalysis analysis, FindingCollector findings)
    {
    }
}
