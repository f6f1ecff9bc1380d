using HealthLint.ClaimModel;
using HealthLint.Rules.Models;

// Trains the built-in claim model from a labelled corpus and writes it where the library embeds it:
//   dotnet run --project tools/ClaimModel -- tests/corpus rules/claims.model.tsv
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: HealthLint.ClaimModel <labelled corpus folder> <model file to write>");
    return 2;
}

List<(string Normalized, HealthLint.Documents.BlockKind Kind, bool IsClaim)> sentences;
try
{
    sentences = LabelledArticles.Sentences(args[0]);
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
{
    Console.Error.WriteLine($"{Path.Combine(args[0], "labels.json")}: cannot read the labelled corpus: {e.Message}");
    return 2;
}

var model = ClaimModelTrainer.Train(sentences);
File.WriteAllText(args[1], model.Write(Comment(sentences)));
Console.WriteLine($"{model.FeatureCount} features from {sentences.Count} sentences ({sentences.Count(s => s.IsClaim)} claims) written to {args[1]}");
return 0;

static string Comment(List<(string Normalized, HealthLint.Documents.BlockKind Kind, bool IsClaim)> sentences) =>
    "The claim model of HL003: a logistic regression over the words of a sentence (SentenceFeatures), trained by\n" +
    "tools/ClaimModel on the labelled articles of tests/corpus. Do not edit by hand: train it again.\n" +
    $"{sentences.Count} sentences, {sentences.Count(s => s.IsClaim)} of them claims.";
