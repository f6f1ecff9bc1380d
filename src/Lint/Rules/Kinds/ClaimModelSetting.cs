using System.Globalization;
using HealthLint.Rules.Loading;
using HealthLint.Rules.Models;
using HealthLint.Rules.Patterns;

namespace HealthLint.Rules.Kinds;

/// <summary>
/// The <c>model</c> of a claim-needs-source rule: a built-in <see cref="ClaimModel"/> that reports a sentence none of
/// the rule's patterns matched when it is at least <see cref="Above"/> sure the sentence makes a claim, and the
/// sentence holds one of the words <see cref="Requires"/> names (for HL003, a health word or people such as patients:
/// a sentence about booking systems may read like a claim and still claim nothing about health).
/// </summary>
internal sealed record ClaimModelSetting(ClaimModel Model, double Above, PatternSet Requires, string? Message)
{
    public static readonly string[] Keys = ["name", "above", "requires", "message"];

    public static ClaimModelSetting? Read(RuleContext context)
    {
        if (context.Map.Map("model") is not { } map)
        {
            return null;
        }

        map.AllowOnly(Keys);
        var name = map.RequiredString("name");
        var model = ClaimModel.BuiltIn(name)
            ?? throw map.Error(map.Find("name")!, $"unknown model '{name}'; the built-in models are: {string.Join(", ", ClaimModel.BuiltInNames)}");
        var above = map.RequiredString("above");
        if (!double.TryParse(above, NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold) || !double.IsFinite(threshold) || threshold is <= 0 or >= 1)
        {
            throw map.Error(map.Find("above")!, "'above' must be a probability between 0 and 1, such as 0.9");
        }

        return new ClaimModelSetting(model, threshold, PatternSet.Compile(map.StringList("requires"), context.Vocabulary, map, context.Verified), map.String("message"));
    }
}
