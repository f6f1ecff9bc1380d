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
            WriteEntry(json, entry);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>One entry as an object, as the baseline file and the reports' lists of absent entries write it.</summary>
    public static void WriteEntry(Utf8JsonWriter json, BaselineEntry entry)
    {
        json.WriteStartObject();
        json.WriteString("path", JsonOutput.Text(entry.Path));
        json.WriteString("ruleId", JsonOutput.Text(entry.RuleId));
        json.WriteString("fingerprint", JsonOutput.Text(entry.Fingerprint));
        json.WriteString("excerpt", JsonOutput.Text(entry.Excerpt));
        json.WriteEndObject();
    }
}
