using System.Collections.Concurrent;
using System.Globalization;

namespace HealthLint.Rules.Patterns;

/// <summary>
/// How much trouble a rule's pattern matching may cause over every document of a run (a workspace's lint of its
/// files), where <see cref="PatternBudget"/> bounds one document. A rule has a strike for each match that ran out of
/// time and for each document on which it used up its time; after <see cref="MaxStrikes"/> strikes in all, however
/// they are spread over documents and configurations, it is not checked on the run's later documents, each of which
/// says so in its notices. One instance serves every thread of the run.
/// </summary>
/// <remarks>
/// The budget of one document cannot do this alone: a pattern that backtracks without end on one or two sentences of
/// every page stays within it, yet costs seconds a page, which over an archive of thousands of pages is hours, a
/// build that never ends. The fix is always the pattern, so a run need not find out again on every page.
/// </remarks>
internal sealed class PatternRunBudget
{
    /// <summary>Strikes after which a rule is stopped for the rest of the run.</summary>
    public const int MaxStrikes = 3;

    private readonly ConcurrentDictionary<string, int> _strikes = new(StringComparer.Ordinal);

    /// <summary>Whether the rule has been stopped: it is not to be checked on any further document.</summary>
    public bool IsSpent(string ruleId) => _strikes.TryGetValue(ruleId, out var strikes) && strikes >= MaxStrikes;

    /// <summary>Adds the strikes of the rule's check of one document.</summary>
    public void Record(string ruleId, PatternBudget budget)
    {
        var strikes = budget.Strikes;
        if (strikes > 0)
        {
            _strikes.AddOrUpdate(ruleId, strikes, (_, total) => total + strikes);
        }
    }

    /// <summary>What a document that the stopped rule was not checked on tells about it.</summary>
    public static string Notice(string ruleId)
    {
        var limit = PatternSet.MatchTimeout.TotalMilliseconds.ToString(CultureInfo.InvariantCulture);
        var time = PatternBudget.MaxMatchTime.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        return $"{ruleId}: not checked on this document: the rule's pattern matching took too long on earlier documents of this run ({MaxStrikes} matches over {limit} ms or documents over {time} s in all), so the rule was stopped for the rest of the run. A pattern of the rule may backtrack without end: see docs/rules/writing-rules.md.";
    }
}
