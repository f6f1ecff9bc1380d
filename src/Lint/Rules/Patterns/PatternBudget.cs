using System.Globalization;

namespace HealthLint.Rules.Patterns;

/// <summary>
/// How much pattern matching one rule may do on one document. Every call of a regular expression is limited to
/// <see cref="PatternSet.MatchTimeout"/>; the budget limits the calls together, so that a pattern that is slow on
/// every sentence cannot make a long document take minutes: after <see cref="MaxTimeouts"/> calls that ran out of
/// time, or once the rule has spent <see cref="MaxMatchTime"/> on the document, the rule's patterns match nothing
/// more in it, and the linter says so in the result's notices.
/// </summary>
/// <remarks>
/// The linter opens a budget around each rule's check of a document, and the rule's pattern sets find it on the
/// current thread. A rule checks a document on one thread from start to end, and passing the budget along instead
/// would take a parameter on every pattern call of every rule kind. Pattern sets used outside a linter (in tests,
/// for instance) have no budget and only the limit per call.
/// <para>
/// The time counted is the rule's whole check of the document on the coarse clock, not the sum of its pattern calls
/// on the precise one: a rule's time is mostly matching, and reading the precise clock around every call of a short
/// sentence cost a noticeable part of the matching itself.
/// </para>
/// </remarks>
internal sealed class PatternBudget : IDisposable
{
    /// <summary>Calls that ran out of time, after which the rule stops matching in the document.</summary>
    public const int MaxTimeouts = 3;

    /// <summary>Time spent on the document, after which the rule stops matching in it; generous, so that only a pattern that is slow on every sentence reaches it, never a busy machine.</summary>
    public static readonly TimeSpan MaxMatchTime = TimeSpan.FromSeconds(20);

    [ThreadStatic]
    private static PatternBudget? t_current;

    private readonly PatternBudget? _outer;
    private readonly long _deadline;
    private bool _spent;

    private PatternBudget(PatternBudget? outer, long now)
    {
        _outer = outer;
        _deadline = now + (long)MaxMatchTime.TotalMilliseconds;
    }

    /// <summary>The budget of the rule being checked on this thread, if any.</summary>
    public static PatternBudget? Current => t_current;

    /// <summary>Calls that ran out of time.</summary>
    public int Timeouts { get; private set; }

    /// <summary>Whether the budget was found used up, so that patterns match nothing more.</summary>
    public bool IsSpent => _spent;

    /// <summary>
    /// What the check counts against the rule's <see cref="PatternRunBudget"/>: each call that ran out of time, and
    /// one more when the time on the document ran out.
    /// </summary>
    public int Strikes => Timeouts + (_spent && Timeouts < MaxTimeouts ? 1 : 0);

    /// <summary>Opens a budget for this thread until it is disposed.</summary>
    public static PatternBudget Open()
    {
        var budget = new PatternBudget(t_current, Environment.TickCount64);
        t_current = budget;
        return budget;
    }

    /// <summary>Whether the budget is used up at <paramref name="now"/> (<see cref="Environment.TickCount64"/>).</summary>
    public bool IsSpentAt(long now)
    {
        if (!_spent && now > _deadline)
        {
            _spent = true;
        }

        return _spent;
    }

    /// <summary>Counts a call that ran out of time.</summary>
    public void RecordTimeout()
    {
        if (++Timeouts >= MaxTimeouts)
        {
            _spent = true;
        }
    }

    /// <summary>What the linter tells about the rule's matching in the document, or <see langword="null"/> when all went well.</summary>
    public string? Notice(string ruleId)
    {
        var limit = PatternSet.MatchTimeout.TotalMilliseconds.ToString(CultureInfo.InvariantCulture);
        if (IsSpent)
        {
            return $"{ruleId}: pattern matching took too long ({(Timeouts >= MaxTimeouts ? $"{Timeouts} matches over {limit} ms" : $"over {MaxMatchTime.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s on this document")}) and was stopped; the rest of the document was not checked by this rule. A pattern of the rule may backtrack without end: see docs/rules/writing-rules.md.";
        }

        return Timeouts > 0
            ? $"{ruleId}: {Timeouts} pattern {(Timeouts == 1 ? "match" : "matches")} took over {limit} ms and {(Timeouts == 1 ? "was" : "were")} skipped, so part of the document was not checked by this rule. A pattern of the rule may backtrack without end: see docs/rules/writing-rules.md."
            : null;
    }

    public void Dispose()
    {
        if (ReferenceEquals(t_current, this))
        {
            t_current = _outer;
        }
    }
}
