using System.Text;
using HealthLint.Rules;
using HealthLint.Tests.Support;
using HealthLint.Workspace;

namespace HealthLint.Tests.Robustness;

/// <summary>
/// Inputs exported from old systems, or made to break parsers: each is linted through the workspace without an
/// exception; what can be linted has every finding inside the file and gives the same result twice; what cannot
/// be linted is named in an error while the files beside it are still linted.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private const string Claim = "This cream is guaranteed to cure eczema.\n";

    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string> LintableTexts => new()
    {
        { "empty.md", string.Empty },
        { "blank.md", " \n\t\n   \n" },
        { "blank.html", "  \r\n " },
        { "nul-bytes.md", "A line\0 with NUL\0 bytes. " + Claim },
        { "crlf.md", "# Title\r\n\r\n" + Claim.Replace("\n", "\r\n", StringComparison.Ordinal) },
        { "cr-only.md", "# Title\r\r" + Claim.Replace('\n', '\r') },
        { "mixed-endings.md", "# Title\r\n\rIntro line.\n" + Claim },
        { "quotes.md", string.Concat(Enumerable.Repeat("> ", 100_000)) + Claim },
        { "lists.md", string.Concat(Enumerable.Repeat("- ", 100_000)) + Claim },
        { "indented-lists.md", string.Concat(Enumerable.Range(0, 3_000).Select(i => new string(' ', 2 * i) + "- item\n")) + "\n" + Claim },
        { "divs.html", string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<p>" + Claim + "</p>" + string.Concat(Enumerable.Repeat("</div>", 100_000)) },
        { "spans.html", string.Concat(Enumerable.Repeat("<span><b><i>", 30_000)) + Claim },
        { "unclosed.html", "<p>" + Claim + "<table><tr><td><ul><li><a href='x" },
    };

    [Theory]
    [MemberData(nameof(LintableTexts))]
    public void Is_linted_with_findings_inside_the_file_and_the_same_result_twice(string name, string text)
    {
        _folder.Write(name, text);

        var first = Lint();
        var second = Lint();

        Assert.Empty(first.Errors);
        var file = Assert.Single(first.Files);
        AssertInside(text, file);
        Assert.Equal(Describe(first), Describe(second));
    }

    [Fact]
    public void The_claim_after_deep_nesting_or_odd_line_endings_is_found_on_its_line()
    {
        _folder.Write("cr-only.md", "# Title\r\r" + Claim.Replace('\n', '\r'));
        _folder.Write("mixed.md", "# Title\r\n\rIntro line.\n" + Claim);
        _folder.Write("divs.html", string.Concat(Enumerable.Repeat("<div>", 200)) + "\n<p>" + Claim + "</p>");

        var result = Lint();

        Assert.Contains(result.Files.Single(f => f.Path == "cr-only.md").Findings, f => f.RuleId == "HL002" && f.Region.StartLine == 3);
        Assert.Contains(result.Files.Single(f => f.Path == "mixed.md").Findings, f => f.RuleId == "HL002" && f.Region.StartLine == 4);
        Assert.Contains(result.Files.Single(f => f.Path == "divs.html").Findings, f => f.RuleId == "HL002" && f.Region.StartLine == 2);
    }

    [Fact]
    public void Nesting_past_the_guard_is_told_in_a_notice_not_dropped_in_silence()
    {
        _folder.Write("quotes.md", string.Concat(Enumerable.Repeat("> ", 100_000)) + Claim);

        var file = Assert.Single(Lint().Files);

        Assert.Contains(file.Result.Notices, n => n.Contains("nested", StringComparison.Ordinal));
    }

    [Fact]
    public void A_twenty_megabyte_single_line_is_linted()
    {
        var line = new StringBuilder(20_000_000);
        while (line.Length < 20_000_000)
        {
            line.Append("the garden was quiet and the weather was mild while we walked along the river ");
        }

        line.Append(Claim);
        _folder.Write("one-line.md", line.ToString());

        var result = Lint();

        Assert.Empty(result.Errors);
        var file = Assert.Single(result.Files);
        Assert.Contains(file.Findings, f => f.RuleId == "HL002" && f.Region.StartLine == 1 && f.Region.StartColumn > 19_000_000);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_a_byte_order_mark_is_decoded(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        _folder.WriteBytes("utf16.md", [.. encoding.GetPreamble(), .. encoding.GetBytes("# Titre\n\n" + Claim)]);

        var file = Assert.Single(Lint().Files);

        Assert.Contains(file.Findings, f => f.RuleId == "HL002" && f.Region.StartLine == 3);
    }

    [Fact]
    public void Invalid_utf8_and_binary_files_are_errors_naming_them_and_the_others_are_linted()
    {
        _folder.WriteBytes("invalid.md", [.. Encoding.ASCII.GetBytes("Caf"), 0xE9, .. Encoding.ASCII.GetBytes(" au lait.\n")]);
        var random = new Random(7);
        var binary = new byte[50_000];
        random.NextBytes(binary);
        _folder.WriteBytes("image.md", [0x89, .. Encoding.ASCII.GetBytes("PNG\r\n"), .. binary]);
        _folder.Write("good.md", Claim);

        var result = Lint();

        Assert.Equal(["image.md", "invalid.md"], result.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.All(result.Errors, e => Assert.Equal(FileErrorKind.InvalidEncoding, e.Kind));
        Assert.Contains("line 1", result.Errors.Single(e => e.Path == "invalid.md").Message, StringComparison.Ordinal);
        Assert.Contains(Assert.Single(result.Files).Findings, f => f.RuleId == "HL002");
    }

    [Fact]
    public void A_file_that_vanished_after_it_was_found_is_an_error_and_the_others_are_linted()
    {
        _folder.Write("good.md", Claim);
        File.CreateSymbolicLink(_folder.Combine("gone.md"), _folder.Combine("deleted-since.md"));

        var result = Lint();

        Assert.Contains(result.Errors, e => e.Path == "gone.md");
        Assert.Equal("good.md", Assert.Single(result.Files).Path);
    }

    [Theory]
    [InlineData("folder", "cannot be read: it is a folder, not a file")]
    [InlineData("link loop", "cannot be read: Too many levels of symbolic links")]
    [InlineData("dangling link", "cannot be read: it no longer exists")]
    public void A_file_that_becomes_unreadable_during_the_run_is_an_error_naming_it_and_the_others_keep_all_their_findings(string replacement, string message)
    {
        _folder.Write("a-first.md", "# Knee pain\n\n" + Claim);
        var swapped = _folder.Write("b-swapped.md", Claim);
        _folder.Write("c-last.html", "<p>Studies show turmeric reduces inflammation.</p>\n<p>" + Claim + "</p>");
        var unchanged = Describe(Lint());
        var rule = new FileSwappingRule(() =>
        {
            File.Delete(swapped);
            switch (replacement)
            {
                case "folder":
                    Directory.CreateDirectory(swapped);
                    break;
                case "link loop":
                    File.CreateSymbolicLink(swapped, swapped);
                    break;
                default:
                    File.CreateSymbolicLink(swapped, _folder.Combine("deleted-since.md"));
                    break;
            }
        });
        // One file at a time, in path order: b-swapped.md is found with the others and read after the swap.
        var workspace = new LintWorkspace(
            TestLinters.Create([.. RuleSet.BuiltIn.Rules, rule]),
            new WorkspaceOptions { BaseDirectory = _folder.Path, MaxDegreeOfParallelism = 1 });

        var result = workspace.Lint(["."]);

        Assert.Equal(1, rule.Swaps);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("b-swapped.md", FileErrorKind.Unreadable, message), (error.Path, error.Kind, error.Message));
        Assert.Equal(1, LintReport.Create(workspace, result).Summary.FileErrorCount);
        Assert.Equal(["a-first.md", "c-last.html"], result.Files.Select(f => f.Path));
        Assert.Contains(WithoutSwapped(unchanged), line => line.StartsWith("a-first.md:", StringComparison.Ordinal));
        Assert.Contains(WithoutSwapped(unchanged), line => line.StartsWith("c-last.html:", StringComparison.Ordinal));
        Assert.Equal(WithoutSwapped(unchanged), WithoutSwapped(Describe(result)));

        static IEnumerable<string> WithoutSwapped(string described) =>
            described.Split('\n').Where(line => !line.StartsWith("b-swapped.md:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_named_pipe_among_the_articles_is_an_error_naming_it_not_a_hang()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        _folder.Write("a.md", Claim);
        _folder.Write("empty.md", string.Empty);
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", _folder.Combine("pipe.md")))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var result = new LintWorkspace(new Linter(), new WorkspaceOptions { BaseDirectory = _folder.Path, UnsizedFileTimeout = TimeSpan.FromMilliseconds(300) }).Lint(["."]);

        var error = Assert.Single(result.Errors);
        Assert.Equal("pipe.md", error.Path);
        Assert.Equal(FileErrorKind.Unreadable, error.Kind);
        Assert.StartsWith("cannot be read: it is not a regular file", error.Message, StringComparison.Ordinal);
        Assert.Equal(["a.md", "empty.md"], result.Files.Select(f => f.Path));
        Assert.Contains(result.Files[0].Findings, f => f.RuleId == "HL002");
    }

    [Fact]
    public void A_device_that_never_ends_is_an_error_naming_it()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        _folder.Write("a.md", Claim);
        File.CreateSymbolicLink(_folder.Combine("zero.md"), "/dev/zero");

        var result = Lint();

        var error = Assert.Single(result.Errors);
        Assert.Equal("zero.md", error.Path);
        Assert.StartsWith("cannot be read: it is not a regular file", error.Message, StringComparison.Ordinal);
        Assert.Equal("a.md", Assert.Single(result.Files).Path);
    }

    [Fact]
    public void A_directory_symlink_loop_is_reported_once_and_the_files_are_linted_once()
    {
        _folder.Write("docs/a.md", Claim);
        Directory.CreateSymbolicLink(_folder.Combine("docs/loop"), _folder.Combine("docs"));

        var result = Lint();

        Assert.Equal("docs/a.md", Assert.Single(result.Files).Path);
        Assert.Contains(result.Errors, e => e.Path.StartsWith("docs/loop", StringComparison.Ordinal));
    }

    [Fact]
    public void Paths_with_spaces_and_non_ascii_names_are_linted_and_named()
    {
        _folder.Write("Gesundheit und Pflege/Ärztliche Hinweise – Übersicht.md", Claim);
        _folder.Write("santé/été 2024.html", "<p>" + Claim + "</p>");

        var result = Lint();

        Assert.Empty(result.Errors);
        Assert.Equal(
            ["Gesundheit und Pflege/Ärztliche Hinweise – Übersicht.md", "santé/été 2024.html"],
            result.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.All(result.Files, f => Assert.Contains(f.Findings, finding => finding.RuleId == "HL002"));
    }

    private WorkspaceResult Lint() =>
        new LintWorkspace(new Linter(), new WorkspaceOptions { BaseDirectory = _folder.Path }).Lint(["."]);

    private static string Describe(WorkspaceResult result) =>
        string.Join('\n', result.Files.SelectMany(f => f.Findings.Select(x => $"{f.Path}:{x.Region}:{x.RuleId}:{x.Message}")).Concat(result.Errors.Select(e => e.ToString())));

    /// <summary>Every finding starts and ends inside the text: on an existing line, at most one column past its end.</summary>
    private static void AssertInside(string text, LintedFile file)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        foreach (var finding in file.Findings)
        {
            var region = finding.Region;
            Assert.InRange(region.StartLine, 1, lines.Length);
            Assert.InRange(region.EndLine, region.StartLine, lines.Length);
            Assert.InRange(region.StartColumn, 1, lines[region.StartLine - 1].Length + 1);
            Assert.InRange(region.EndColumn, 1, lines[region.EndLine - 1].Length + 1);
        }
    }
}
