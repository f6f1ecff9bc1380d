using System.Text.Json;
using HealthLint.Baselines;
using HealthLint.Reporting;
using HealthLint.Workspace;

namespace HealthLint;

/// <summary>
/// Writes SARIF 2.1.0 for GitHub code scanning: one run of <see cref="LintReport.Tool"/> with every rule's
/// metadata, one result per finding located by a URI relative to the base directory (<c>%SRCROOT%</c>), the
/// finding's fingerprint under <c>partialFingerprints["healthlint/v1"]</c>, and a tool notification per file
/// that could not be linted. The output carries no timestamps, so the same report gives the same bytes.
/// <para>
/// GitHub code scanning ignores <c>suppressions</c> and would open an alert for every suppressed result, so findings
/// that inline directives suppress are left out unless <see cref="ReportWriter.IncludeSuppressed"/> is set; then
/// they are kept with <c>suppressions: [{kind: "inSource", justification, location}]</c>, and every other result
/// carries an empty <c>suppressions</c> array, as SARIF asks for all or none. With a baseline, each unsuppressed
/// result has <c>baselineState</c> <c>new</c> or <c>unchanged</c>; baseline entries no finding matched are listed in
/// the run's property bag under <c>healthlint/baseline</c> as <c>absent [{path, ruleId, fingerprint, excerpt}]</c>,
/// not as results of state <c>absent</c>, which GitHub would open alerts for.
/// </para>
/// </summary>
public sealed class SarifReportWriter : ReportWriter
{
    /// <summary>The schema the log names, the one GitHub and the SARIF validator accept as final.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The key HealthLint's own fingerprint is written under; GitHub keeps its own <c>primaryLocationLineHash</c>.</summary>
    public const string FingerprintKey = "healthlint/v1";

    /// <summary>The key of the run property that lists the baseline entries no finding matched.</summary>
    public const string BaselinePropertyKey = "healthlint/baseline";

    /// <summary>The base id relative artifact URIs are resolved against.</summary>
    public const string SourceRootBaseId = "%SRCROOT%";

    private const int MaxTags = 20;

    private static readonly HashSet<string> Precisions = new(StringComparer.Ordinal) { "very-high", "high", "medium", "low" };

    /// <inheritdoc />
    public override ReportFormat Format => ReportFormat.Sarif;

    /// <inheritdoc />
    public override void Write(LintReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        JsonOutput.Write(output, json => WriteLog(json, report));
    }

    /// <inheritdoc />
    public override void Write(LintReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        JsonOutput.Write(output, json => WriteLog(json, report));
    }

    private void WriteLog(Utf8JsonWriter json, LintReport report)
    {
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", report.Tool.Name);
        json.WriteString("version", report.Tool.Version);
        json.WriteString("semanticVersion", report.Tool.Version);
        json.WriteString("informationUri", report.Tool.InformationUri.AbsoluteUri);
        json.WriteStartArray("rules");
        foreach (var rule in report.Rules)
        {
            WriteRule(json, rule);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("automationDetails");
        json.WriteString("id", "healthlint/");
        json.WriteEndObject();
        json.WriteString("columnKind", "utf16CodeUnits");

        // The results come before the invocation, which tells of the files that could not be linted: a streamed
        // report knows those only once every file has passed.
        var ruleIndex = report.Rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);
        var notices = new List<(string Path, string Notice)>();
        var outside = false;
        json.WriteStartArray("results");
        foreach (var file in report.ReadFiles())
        {
            foreach (var finding in file.Findings)
            {
                if (finding.Suppression is null || IncludeSuppressed)
                {
                    WriteResult(json, report, file.Path, finding, ruleIndex.TryGetValue(finding.RuleId, out var index) ? index : null);
                    JsonOutput.FlushIfFull(json);
                }
            }

            notices.AddRange(file.Result.Notices.Select(notice => (file.Path, notice)));
            outside |= WorkspacePaths.IsOutside(file.Path);
        }

        json.WriteEndArray();
        WriteInvocation(json, report, notices, outside);
        if (report.ComparedWithBaseline)
        {
            WriteAbsent(json, report);
        }

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The baseline entries no finding matched, as a run property: results of kind <c>absent</c> would open alerts on GitHub.</summary>
    private static void WriteAbsent(Utf8JsonWriter json, LintReport report)
    {
        json.WriteStartObject("properties");
        json.WriteStartObject(BaselinePropertyKey);
        json.WriteStartArray("absent");
        foreach (var entry in report.AbsentFromBaseline)
        {
            BaselineJsonWriter.WriteEntry(json, entry);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, RuleDescriptor rule)
    {
        var fullDescription = NonEmpty(rule.Description, rule.Title);
        var helpText = rule.HelpUri is null ? fullDescription : $"{fullDescription} See {rule.HelpUri.AbsoluteUri}";
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", rule.Name);
        WriteMessage(json, "shortDescription", rule.Title);
        WriteMessage(json, "fullDescription", fullDescription);
        json.WriteStartObject("help");
        json.WriteString("text", JsonOutput.Text(helpText));
        json.WriteString("markdown", JsonOutput.Text(NonEmpty(rule.HelpMarkdown, helpText)));
        json.WriteEndObject();
        if (rule.HelpUri is not null)
        {
            json.WriteString("helpUri", rule.HelpUri.AbsoluteUri);
        }

        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", ReportText.Name(rule.DefaultSeverity));
        json.WriteEndObject();

        json.WriteStartObject("properties");
        json.WriteStartArray("tags");
        foreach (var tag in rule.Tags.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal).Take(MaxTags))
        {
            json.WriteStringValue(JsonOutput.Text(tag));
        }

        json.WriteEndArray();
        if (Precisions.Contains(rule.Precision))
        {
            json.WriteString("precision", rule.Precision);
        }

        json.WriteString("problem.severity", rule.DefaultSeverity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "recommendation",
        });
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter json, LintReport report, IReadOnlyList<(string Path, string Notice)> notices, bool filesOutside)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", report.Errors.Count == 0);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var error in report.Errors)
        {
            WriteNotification(json, report, "error", error.Path + ": " + error.Message, error.IsLocation ? error.Path : null);
        }

        foreach (var (path, notice) in notices)
        {
            WriteNotification(json, report, "note", path + ": " + notice, path);
        }

        json.WriteEndArray();
        if (filesOutside || report.Errors.Any(e => e.IsLocation && WorkspacePaths.IsOutside(e.Path)))
        {
            json.WriteStartObject("workingDirectory");
            json.WriteString("uri", ArtifactUris.Absolute(report.BaseDirectory, directory: true));
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteNotification(Utf8JsonWriter json, LintReport report, string level, string message, string? path)
    {
        json.WriteStartObject();
        json.WriteString("level", level);
        WriteMessage(json, "message", message);
        if (path is not null)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            WriteArtifactLocation(json, report, path);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private void WriteResult(Utf8JsonWriter json, LintReport report, string path, Finding finding, int? ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        if (ruleIndex is { } index)
        {
            // A streamed report lists the rules before it sees a finding; a rule it did not list is named by id alone.
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", ReportText.Name(finding.Severity));
        WriteMessage(json, "message", NonEmpty(finding.Message, finding.Rule.Title));
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifactLocation(json, report, path);
        WriteRegion(json, finding.Region);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, finding.Fingerprint);
        json.WriteEndObject();
        if (IncludeSuppressed)
        {
            json.WriteStartArray("suppressions");
            if (finding.Suppression is { } suppression)
            {
                json.WriteStartObject();
                json.WriteString("kind", "inSource");
                if (suppression.Justification.Length > 0)
                {
                    json.WriteString("justification", JsonOutput.Text(suppression.Justification));
                }

                json.WriteStartObject("location");
                json.WriteStartObject("physicalLocation");
                WriteArtifactLocation(json, report, path);
                WriteRegion(json, suppression.Directive);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (finding.BaselineState is { } state)
        {
            json.WriteString("baselineState", state == BaselineState.Unchanged ? "unchanged" : "new");
        }

        json.WriteEndObject();
    }

    private static void WriteArtifactLocation(Utf8JsonWriter json, LintReport report, string path)
    {
        json.WriteStartObject("artifactLocation");
        if (WorkspacePaths.IsOutside(path))
        {
            json.WriteString("uri", ArtifactUris.Absolute(Path.GetFullPath(path, report.BaseDirectory)));
        }
        else
        {
            json.WriteString("uri", ArtifactUris.Relative(path));
            json.WriteString("uriBaseId", SourceRootBaseId);
        }

        json.WriteEndObject();
    }

    /// <summary>Writes the region with every value at least 1 and its end never before its start, as SARIF requires.</summary>
    private static void WriteRegion(Utf8JsonWriter json, SourceRegion region)
    {
        var startLine = Math.Max(1, region.StartLine);
        var startColumn = Math.Max(1, region.StartColumn);
        var endLine = Math.Max(startLine, region.EndLine);
        var endColumn = Math.Max(1, region.EndColumn);
        if (endLine == startLine)
        {
            endColumn = Math.Max(startColumn, endColumn);
        }

        json.WriteStartObject("region");
        json.WriteNumber("startLine", startLine);
        json.WriteNumber("startColumn", startColumn);
        json.WriteNumber("endLine", endLine);
        json.WriteNumber("endColumn", endColumn);
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", JsonOutput.Text(text));
        json.WriteEndObject();
    }

    private static string NonEmpty(string value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value;
}
