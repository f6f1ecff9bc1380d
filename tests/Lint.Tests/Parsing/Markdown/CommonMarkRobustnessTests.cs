using HealthLint.Parsing;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Parsing.Markdown;

/// <summary>Every example of the CommonMark spec (shared/robustness/commonmark) is read without throwing and with every span inside the source.</summary>
public class CommonMarkRobustnessTests
{
    [SharedFact]
    public void Every_commonmark_example_reads_with_spans_inside_the_source()
    {
        var folder = Path.Combine(SharedFolder.Robustness!, "commonmark");
        var files = Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 600, $"expected the CommonMark examples in {folder}, found {files.Count} files");

        var failures = new List<string>();
        var blocks = 0;
        foreach (var file in files)
        {
            var source = File.ReadAllText(file);
            try
            {
                var document = MarkdownReader.Read(source);
                blocks += document.Blocks.Count;
                failures.AddRange(MappingChecks.SpansOutsideSource(document).Select(p => $"{Path.GetFileName(file)}: {p}"));
            }
            catch (Exception exception)
            {
                failures.Add($"{Path.GetFileName(file)}: {exception.GetType().Name}: {exception.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(blocks > files.Count / 2, $"only {blocks} blocks from {files.Count} examples");
    }

    [SharedFact]
    public void Commonmark_examples_map_every_literal_character_to_itself()
    {
        var folder = Path.Combine(SharedFolder.Robustness!, "commonmark");
        var failures = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var document = MarkdownReader.Read(File.ReadAllText(file));
            failures.AddRange(MappingChecks.Problems(document).Select(p => $"{Path.GetFileName(file)}: {p}"));
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void The_shared_folder_is_found_beside_the_clone_or_reported_missing()
    {
        var attribute = new SharedFactAttribute("no-such-folder-in-shared");

        Assert.Contains("not beside this clone", attribute.Skip, StringComparison.Ordinal);
        if (SharedFolder.Path is { } shared)
        {
            Assert.Equal("shared", Path.GetFileName(shared));
            var parent = Directory.GetParent(shared)!.FullName;
            Assert.Contains(Directory.GetDirectories(parent), d => File.Exists(Path.Combine(d, "Lint.sln")));
        }
    }
}
