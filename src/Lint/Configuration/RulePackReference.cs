using YamlDotNet.RepresentationModel;

namespace HealthLint.Configuration;

/// <summary>A rule pack folder named under <c>rulePacks:</c>: its absolute path, and where it was named, for errors.</summary>
internal sealed record RulePackReference(string Folder, string File, YamlNode Node);
