using System.Text.Json;
using HealthLint.Reporting;

namespace HealthLint;

/// <summary>
/// Writes HealthLint's JSON report, schema version 1:
/// <c>{ version, tool {name, version, informationUri}, files [{path, format, findings [{ruleId, ruleName, severity,
/// message, region {startLine, startColumn, endLine, endColumn}, excerpt, fingerprint}], notices}], errors [{path,
/// kind, message}], summary {files, problems, errors, warnings, notes, fileErrors} }</c>.
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
        foreach (var file in report.Files)
        {
            json.WriteStartObject();
            json.WriteString("path", JsonOutput.Text(file.Path));
            json.WriteString("format", file.Result.Format == DocumentFormat.Html ? "html" : "markdown");
            json.WriteStartArray("findings");
            foreach (var finding in file.Findings)
            {
                WriteFinding(json, finding);
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

        var summary = report.Summary;
        json.WriteStartObject("summary");
        json.WriteNumber("files", summary.FileCount);
        json.WriteNumber("problems", summary.ProblemCount);
        json.WriteNumber("errors", summary.ErrorCount);
        json.WriteNumber("warnings", summary.WarningCount);
        json.WriteNumber("notes", summary.NoteCount);
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
        json.WriteStartObject("region");
        json.WriteNumber("startLine", finding.Region.StartLine);
        json.WriteNumber("startColumn", finding.Region.StartColumn);
        json.WriteNumber("endLine", finding.Region.EndLine);
        json.WriteNumber("endColumn", finding.Region.EndColumn);
        json.WriteEndObject();
        json.WriteString("excerpt", JsonOutput.Text(finding.Excerpt));
        json.WriteString("fingerprint", finding.Fingerprint);
        json.WriteEndObject();
    }
}
