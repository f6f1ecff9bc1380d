using YamlDotNet.Core;

namespace HealthLint.Parsing;

/// <summary>
/// The exceptions the YAML parser throws on malformed text: besides its own <see cref="YamlException"/>, on some
/// input it fails with a general one, and without a position.
/// </summary>
internal static class YamlParserErrors
{
    public static bool Is(Exception exception) =>
        exception is YamlException or ArgumentException or InvalidOperationException or FormatException or OverflowException;
}
