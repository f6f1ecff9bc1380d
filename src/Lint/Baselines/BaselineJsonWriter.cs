using System.Text.Json;
using HealthLint.Reporting;

namespace HealthLint.Baselines;

/// <summary>
/// Writes a baseline file: <c>{ "version": 1, "findings": [ { "path", "ruleId", "fingerprint", "excerpt" } ] }</c>,
/// entries sorted by path, rule id and fingerprint, indented, <c>\n</c> line ends, UTF-8 without a byte order mark.
/// Line numbers are left out on purpose: they would change the file whenever text is added above a finding.
/// </summary>
internal static class BaselineJsonWriter
{
    public static void Write(Stream output, IReadOnlyList<BaselineEntry> entries) => JsonOutput.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteNumber("version", Baseline.FormatVersion);
        json.WriteStartArray("findings");
        foreach (var entry in entries)
        {
            json.WriteStartObject();
            json.WriteString("path", JsonOutput.Text(entry.Path));
            json.WriteString("ruleId", entry.RuleId);
            json.WriteString("fingerprint", entry.Fingerprint);
            json.WriteString("excerpt", JsonOutput.Text(entry.Excerpt));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });
}
