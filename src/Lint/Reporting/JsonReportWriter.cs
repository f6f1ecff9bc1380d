using System.Text.Json;
using HealthLint.Baselines;
using HealthLint.Reporting;

namespace HealthLint;

/// <summary>
/// Writes HealthLint's JSON report, schema version 1:
/// <c>{ version, tool {name, version, informationUri}, files [{path, format, findings [{ruleId, ruleName, severity,
/// message, region {startLine, startColumn, endLine, endColumn}, excerpt, fingerprint, suppression? {kind, directive,
/// reason, region}, baselineState?}], notices}], errors [{path, kind, message}], baseline? {absent [{path, ruleId,
/// fingerprint, excerpt}]}, summary {files, problems, errors, warnings, notes, suppressed, inBaseline,
/// absentFromBaseline, fileErrors} }</c>. Every finding is written, suppressed and baseline-known ones included;
/// <c>suppression</c> only on suppressed findings, <c>baselineState</c> (<c>new</c> or <c>unchanged</c>) and
/// <c>baseline</c> only when the report was compared with a baseline.
/// New fields may be added within a version; renaming or removing one raises the version.
/// </summary>
public sealed class JsonReportWriter : ReportWriter
{
    /// <summary>The version of the JSON schema this writer writes.</summary>
    public const int SchemaVersion = 1;

    /// <inheritdoc />
    public override ReportFormat Format => ReportFormat.Json;

    /// <inheritdoc />
    public override void Write(LintReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        JsonOutput.Write(output, json => WriteReport(json, report));
    }

    /// <inheritdoc />
    public override void Write(LintReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        JsonOutput.Write(output, json => WriteReport(json, report));
    }

    private static void WriteReport(Utf8JsonWriter json, LintReport report)
    {
        json.WriteStartObject();
        json.WriteNumber("version", SchemaVersion);
        json.WriteStartObject("tool");
        json.WriteString("name", report.Tool.Name);
        json.WriteString("version", report.Tool.Version);
        json.WriteString("informationUri", report.Tool.InformationUri.OriginalString);
        json.WriteEndObject();

        json.WriteStartArray("files");
        foreach (var file in report.ReadFiles())
        {
            json.WriteStartObject();
            json.WriteString("path", JsonOutput.Text(file.Path));
            json.WriteString("format", file.Result.Format == DocumentFormat.Html ? "html" : "markdown");
            json.WriteStartArray("findings");
            foreach (var finding in file.Findings)
            {
                WriteFinding(json, finding);
                JsonOutput.FlushIfFull(json);
            }

            json.WriteEndArray();
            json.WriteStartArray("notices");
            foreach (var notice in file.Result.Notices)
            {
                json.WriteStringValue(JsonOutput.Text(notice));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("errors");
        foreach (var error in report.Errors)
        {
            json.WriteStartObject();
            json.WriteString("path", JsonOutput.Text(error.Path));
            json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(error.Kind.ToString()));
            json.WriteString("message", JsonOutput.Text(error.Message));
            json.WriteEndObject();
        }

        json.WriteEndArray();

        if (report.ComparedWithBaseline)
        {
            json.WriteStartObject("baseline");
            json.WriteStartArray("absent");
            foreach (var entry in report.AbsentFromBaseline)
            {
                BaselineJsonWriter.WriteEntry(json, entry);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        var summary = report.Summary;
        json.WriteStartObject("summary");
        json.WriteNumber("files", summary.FileCount);
        json.WriteNumber("problems", summary.ProblemCount);
        json.WriteNumber("errors", summary.ErrorCount);
        json.WriteNumber("warnings", summary.WarningCount);
        json.WriteNumber("notes", summary.NoteCount);
        json.WriteNumber("suppressed", summary.SuppressedCount);
        json.WriteNumber("inBaseline", summary.InBaselineCount);
        json.WriteNumber("absentFromBaseline", summary.AbsentFromBaselineCount);
        json.WriteNumber("fileErrors", summary.FileErrorCount);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteString("ruleName", finding.Rule.Name);
        json.WriteString("severity", ReportText.Name(finding.Severity));
        json.WriteString("message", JsonOutput.Text(finding.Message));
        WriteRegion(json, finding.Region);
        json.WriteString("excerpt", JsonOutput.Text(finding.Excerpt));
        json.WriteString("fingerprint", finding.Fingerprint);
        if (finding.Suppression is { } suppression)
        {
            json.WriteStartObject("suppression");
            json.WriteString("kind", "inSource");
            json.WriteString("directive", suppression.Keyword);
            json.WriteString("reason", JsonOutput.Text(suppression.Justification));
            WriteRegion(json, suppression.Directive);
            json.WriteEndObject();
        }

        if (finding.BaselineState is { } state)
        {
            json.WriteString("baselineState", state == BaselineState.Unchanged ? "unchanged" : "new");
        }

        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, SourceRegion region)
    {
        json.WriteStartObject("region");
        json.WriteNumber("startLine", region.StartLine);
        json.WriteNumber("startColumn", region.StartColumn);
        json.WriteNumber("endLine", region.EndLine);
        json.WriteNumber("endColumn", region.EndColumn);
        json.WriteEndObject();
    }
}
