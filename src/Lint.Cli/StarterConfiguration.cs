using System.Text;

namespace HealthLint.Cli;

/// <summary>The commented <c>.healthlint.yaml</c> that <c>healthlint init</c> writes: every rule at its severity, and every other key shown in comments.</summary>
internal static class StarterConfiguration
{
    public const string SchemaUri = "https://raw.githubusercontent.com/healthlint/healthlint/main/schema/healthlint.schema.json";

    public static string Text(Linter linter)
    {
        var rules = linter.Rules;
        var width = rules.Count == 0 ? 0 : rules.Max(r => r.Id.Length + 2 + Name(linter.SeverityOf(r)).Length);
        var text = new StringBuilder();
        text.Append($"# yaml-language-server: $schema={SchemaUri}\n");
        text.Append("""
            #
            # HealthLint configuration. Each article is linted with the nearest .healthlint.yaml in its folder
            # or a folder above it; `healthlint --config FILE` uses one file for every article instead.
            # Every key is explained in https://github.com/healthlint/healthlint/blob/main/docs/configuration.md
            # Globs are relative to this file's folder: '*' within a folder name, '**' for any folders, {md,html}.

            # The files to lint, and the files to leave alone (exclude wins over include):
            # include:
            #   - "articles/**"
            # exclude:
            #   - "archive/**"

            # Each rule's severity: error, warning, note or off.

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        text.Append("rules:\n");
        foreach (var rule in rules)
        {
            var setting = $"{rule.Id}: {Name(linter.SeverityOf(rule))}";
            text.Append($"  {setting.PadRight(width)}  # {rule.Title}\n");
        }

        if (rules.Count == 0)
        {
            text.Append("  {}\n");
        }

        text.Append("""
              # A mapping gives a rule options as well, such as your own disclaimer wording for HL001:
              # HL001:
              #   severity: error
              #   options:
              #     wording:
              #       - "This article is general information and is not a substitute for advice from your doctor or pharmacist."

            # Other settings for some files; the overrides that match a file apply in order, the last one wins:
            # overrides:
            #   - files: ["press/**"]
            #     rules:
            #       HL003: note
            #   - files: ["shop/**"]
            #     excludeFiles: ["shop/blog/**"]
            #     rules:
            #       HL001:
            #         options:
            #           providedByTemplate: true   # the shop's page template shows the disclaimer

            # Configuration files merged first, in order; this file's keys win:
            # extends:
            #   - ../.healthlint.yaml

            # Folders of your own YAML rules, loaded next to the built-in ones:
            # rulePacks:
            #   - healthlint-rules

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        return text.ToString();
    }

    private static string Name(Severity severity) => severity.ToString().ToLowerInvariant();
}
