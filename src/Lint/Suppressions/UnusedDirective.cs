using System.Globalization;

namespace HealthLint.Suppressions;

/// <summary>A directive that suppressed nothing, or one rule id of it that suppressed nothing while the others did.</summary>
internal sealed record UnusedDirective(SuppressionDirective Directive, DirectiveRuleId? RuleId, SuppressionDirective? Enable)
{
    /// <summary>Where the finding about it points in the comment's text: the rule id, else the keyword and ids.</summary>
    public (int Start, int End) Span => RuleId is { } id ? (id.Start, id.End) : (0, Directive.HeadEnd);

    /// <summary>What went unused and what to do, as a clause.</summary>
    public string Describe()
    {
        var of = RuleId is { } id ? " of " + id.Id : Directive.RuleIds is { Count: 1 } ids ? " of " + ids[0].Id : "";
        var what = Directive.Kind switch
        {
            DirectiveKind.DisableFile => $"no finding{of} in this file",
            DirectiveKind.DisableLine => $"no finding{of} starts on line {Line(Directive.Region.StartLine)}",
            DirectiveKind.DisableNextLine => $"no finding{of} starts on line {Line(Directive.Region.EndLine + 1)}, the line after it",
            DirectiveKind.Enable => $"no healthlint-disable{of} is in force here",
            _ when Enable is not null => $"no finding{of} starts between it and the healthlint-enable on line {Line(Enable.Region.StartLine)}",
            _ => $"no finding{of} starts after it",
        };
        return RuleId is null ? what + "; remove the directive" : $"{what}; remove {RuleId.Id} from the directive";
    }

    private static string Line(int line) => line.ToString(CultureInfo.InvariantCulture);
}
