using HealthLint.Analysis;

namespace HealthLint.Rules;

/// <summary>A check with its descriptor. Rules read the shared analysis and report through the collector; they hold no state between documents.</summary>
internal abstract class Rule
{
    protected Rule(RuleDescriptor descriptor)
    {
        Descriptor = descriptor;
    }

    public RuleDescriptor Descriptor { get; }

    /// <summary>Ids of rules that must run first, because this rule stays silent where they reported.</summary>
    public virtual IReadOnlyList<string> YieldTo => [];

    public abstract void Check(DocumentAnalysis analysis, FindingCollector findings);
}
