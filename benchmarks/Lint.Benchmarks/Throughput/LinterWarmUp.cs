using System.Text.RegularExpressions;

namespace HealthLint.Benchmarks.Throughput;

/// <summary>
/// Lints every document once before measuring. The engine's compiled patterns are JIT-compiled on their first match,
/// inside the pattern's match time limit; on a busy machine that first match can exceed the limit and throw. The
/// warm-up retries such a document and reports it, so that the measured operations run on compiled patterns.
/// </summary>
internal static class LinterWarmUp
{
    private const int Attempts = 3;

    public static void Run(Linter linter, IReadOnlyList<string> documents, DocumentFormat format)
    {
        for (var index = 0; index < documents.Count; index++)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    linter.Lint(documents[index], format);
                    break;
                }
                catch (RegexMatchTimeoutException exception) when (attempt < Attempts)
                {
                    Console.WriteLine($"// Warm-up: document {index} timed out in a pattern on attempt {attempt} ({exception.MatchTimeout.TotalSeconds:F0} s limit); retrying.");
                }
            }
        }
    }
}
