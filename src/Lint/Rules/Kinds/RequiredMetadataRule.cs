using System.Globalization;
using System.Text.RegularExpressions;
using HealthLint.Analysis;
using HealthLint.Rules.Loading;
using HealthLint.Rules.Patterns;
using YamlDotNet.RepresentationModel;

namespace HealthLint.Rules.Kinds;

/// <summary>
/// Kind <c>required-metadata</c>: fields that the front matter (Markdown) or the <c>&lt;meta&gt;</c> tags and
/// <c>&lt;title&gt;</c> (HTML) must hold, each optionally matching a pattern or being a date no older than a number
/// of months. A missing field is reported at the top of the document; a field with a bad value where it is written.
/// </summary>
internal sealed partial class RequiredMetadataRule : Rule
{
    public const string KindName = "required-metadata";

    public static readonly string[] Keys = ["fields"];

    private static readonly string[] FieldKeys = ["name", "pattern", "date", "maxAgeMonths", "message"];

    private readonly IReadOnlyList<MetadataField> _fields;

    private RequiredMetadataRule(RuleDescriptor descriptor, IReadOnlyList<MetadataField> fields)
        : base(descriptor)
    {
        _fields = fields;
    }

    public static RequiredMetadataRule Create(RuleContext context)
    {
        var map = context.Map;
        var nodes = map.List("fields");
        if (nodes.Count == 0)
        {
            throw map.Error(map.KeyNode("fields") ?? map.Node, "'fields' must list at least one field");
        }

        var fields = new List<MetadataField>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in nodes)
        {
            var field = node switch
            {
                YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value) => new MetadataField([scalar.Value.Trim()], null, null, false, null, null),
                YamlMappingNode mapping => ReadField(new YamlMap(map.File, mapping)),
                _ => throw map.Error(node, "each entry of 'fields' must be a field name or a mapping with 'name' and the field's options"),
            };

            foreach (var name in field.Names)
            {
                if (!names.Add(name))
                {
                    throw map.Error(node, $"field '{name}' is listed twice");
                }
            }

            fields.Add(field);
        }

        return new RequiredMetadataRule(context.Descriptor, fields);
    }

    public override void Check(DocumentAnalysis analysis, FindingCollector findings)
    {
        var document = analysis.Document;
        foreach (var field in _fields)
        {
            var name = field.Names.FirstOrDefault(n => document.Metadata.TryGetValue(n, out var v) && !string.IsNullOrWhiteSpace(v));
            if (name is null)
            {
                var present = field.Names.FirstOrDefault(document.Metadata.ContainsKey);
                Report(field, present, present is null ? "is missing" : "is empty");
                continue;
            }

            var value = document.Metadata[name].Trim();
            if (Problem(field, value, analysis.Today) is { } problem)
            {
                Report(field, name, problem);
            }
        }

        void Report(MetadataField field, string? name, string problem)
        {
            var message = (field.Message ?? Descriptor.MessageFormat)
                .Replace("{0}", name ?? field.Name, StringComparison.Ordinal)
                .Replace("{1}", problem, StringComparison.Ordinal);
            if (name is not null && document.MetadataSpans.TryGetValue(name, out var span))
            {
                findings.ReportSource(Descriptor, span.Start, span.End, message);
            }
            else
            {
                findings.ReportTop(Descriptor, message);
            }
        }
    }

    private static string? Problem(MetadataField field, string value, DateOnly today)
    {
        if (field.Pattern is { } pattern && !Matches(pattern, value))
        {
            return $"is '{value}', which does not match '{field.PatternText}'";
        }

        if (!field.IsDate)
        {
            return null;
        }

        if (!TryParseDate(value, out var date))
        {
            return $"is '{value}', which is not a date written as YYYY-MM-DD";
        }

        if (field.MaxAgeMonths is { } months && date < today.AddMonths(-months))
        {
            return $"is {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, more than {months} {(months == 1 ? "month" : "months")} ago";
        }

        return null;
    }

    private static bool Matches(Regex pattern, string value)
    {
        try
        {
            return pattern.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            // A value the pattern cannot judge in time is not held against the document; the result says so.
            PatternBudget.Current?.RecordTimeout();
            return true;
        }
    }

    /// <summary>An ISO 8601 date, alone or opening a date and time ("2025-03-01", "2025-03-01T09:30:00Z").</summary>
    public static bool TryParseDate(string value, out DateOnly date)
    {
        date = default;
        return IsoDate().Match(value) is { Success: true } match
            && DateOnly.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static MetadataField ReadField(YamlMap entry)
    {
        entry.AllowOnly(FieldKeys);
        var names = entry.StringList("name").Select(n => n.Value.Trim()).Where(n => n.Length > 0).ToArray();
        if (names.Length == 0)
        {
            throw entry.Has("name") ? entry.Error(entry.Find("name")!, "'name' must not be empty") : entry.Error(entry.Node, "missing required key 'name'");
        }

        Regex? pattern = null;
        var patternText = entry.String("pattern")?.Trim();
        if (patternText is { Length: > 0 })
        {
            pattern = ValuePattern(patternText, entry);
        }

        int? maxAge = null;
        if (entry.Has("maxAgeMonths"))
        {
            maxAge = entry.Int("maxAgeMonths", 0);
            if (maxAge < 1 || maxAge > 1200)
            {
                throw entry.Error(entry.Find("maxAgeMonths")!, "'maxAgeMonths' must be a whole number from 1 to 1200");
            }
        }

        var isDate = entry.Bool("date", maxAge is not null);
        if (!isDate && maxAge is not null)
        {
            throw entry.Error(entry.Find("date")!, "'maxAgeMonths' needs a date: remove 'date: false'");
        }

        return new MetadataField(names, pattern, patternText, isDate, maxAge, entry.String("message")?.Trim());
    }

    /// <summary>A value pattern, case-insensitive, on the non-backtracking engine where it fits, else with a time limit.</summary>
    private static Regex ValuePattern(string text, YamlMap entry)
    {
        const RegexOptions options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
        try
        {
            try
            {
                return new Regex(text, options | RegexOptions.NonBacktracking, PatternSet.MatchTimeout);
            }
            catch (NotSupportedException)
            {
                return new Regex(text, options, PatternSet.MatchTimeout);
            }
        }
        catch (ArgumentException e)
        {
            throw entry.Error(entry.Find("pattern")!, $"invalid pattern '{text}': {e.Message}");
        }
    }

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})(?:$|[T ]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
