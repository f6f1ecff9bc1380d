using System.Text;
using HealthLint.Tests.Support;

namespace HealthLint.Tests.Workspace;

public sealed class LintWorkspaceTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_folder_is_searched_for_article_extensions_only_and_skips_ignored_folders()
    {
        _folder.Write("docs/a.md", "One.");
        _folder.Write("docs/b.markdown", "Two.");
        _folder.Write("docs/nested/c.HTML", "<p>Three.</p>");
        _folder.Write("docs/nested/d.htm", "<p>Four.</p>");
        _folder.Write("docs/.hidden/e.md", "Five.");
        _folder.Write("docs/notes.txt", "Not an article.");
        _folder.Write("docs/node_modules/pkg/readme.md", "Ignored.");
        _folder.Write("docs/.git/x.md", "Ignored.");
        _folder.Write("docs/bin/x.md", "Ignored.");
        _folder.Write("docs/obj/x.md", "Ignored.");

        var result = Lint(["docs"]);

        Assert.Empty(result.Errors);
        Assert.Equal(
            ["docs/.hidden/e.md", "docs/a.md", "docs/b.markdown", "docs/nested/c.HTML", "docs/nested/d.htm"],
            result.Files.Select(f => f.Path));
        Assert.Equal(DocumentFormat.Html, result.Files.Single(f => f.Path.EndsWith(".HTML", StringComparison.Ordinal)).Result.Format);
        Assert.All(result.Files, f => Assert.True(Path.IsPathFullyQualified(f.FullPath)));
    }

    [Fact]
    public void The_ignored_folder_names_can_be_changed()
    {
        _folder.Write("site/node_modules/a.md", "Kept.");
        _folder.Write("site/drafts/b.md", "Skipped.");

        var result = Lint(["site"], new WorkspaceOptions { BaseDirectory = _folder.Path, IgnoredDirectories = ["drafts"] });

        Assert.Equal(["site/node_modules/a.md"], result.Files.Select(f => f.Path));
    }

    [Fact]
    public void The_base_directory_is_linted_when_no_path_is_given()
    {
        _folder.Write("a.md", "One.");
        _folder.Write("sub/b.html", "<p>Two.</p>");

        var result = new LintWorkspace(TestLinters.Words(), new WorkspaceOptions { BaseDirectory = _folder.Path }).Lint();

        Assert.Equal(["a.md", "sub/b.html"], result.Files.Select(f => f.Path));
    }

    [Fact]
    public void Globs_match_below_their_literal_folder()
    {
        _folder.Write("docs/a.md", "One.");
        _folder.Write("docs/deep/er/b.md", "Two.");
        _folder.Write("docs/deep/c.html", "<p>Three.</p>");
        _folder.Write("docs/node_modules/d.md", "Ignored.");
        _folder.Write("top.md", "Top.");

        Assert.Equal(["docs/a.md", "docs/deep/er/b.md"], Lint(["docs/**/*.md"]).Files.Select(f => f.Path));
        Assert.Equal(["top.md"], Lint(["*.md"]).Files.Select(f => f.Path));
        Assert.Equal(["docs/deep/c.html"], Lint(["docs/*/*.html"]).Files.Select(f => f.Path));
    }

    [Fact]
    public void A_path_or_glob_that_matches_nothing_is_an_error_and_the_rest_is_still_linted()
    {
        _folder.Write("a.md", "This cure works.");
        _folder.CreateDirectory("empty");

        var result = Lint(["a.md", "missing.md", "nothing/**/*.md", "empty"]);

        Assert.Equal(["a.md"], result.Files.Select(f => f.Path));
        Assert.Single(result.Files[0].Findings);
        Assert.Equal(["empty", "missing.md", "nothing/**/*.md"], result.Errors.Select(e => e.Path));
        Assert.All(result.Errors, e => Assert.Equal(FileErrorKind.NotFound, e.Kind));
        Assert.All(result.Errors, e => Assert.False(e.IsLocation));
    }

    [Fact]
    public void An_empty_path_is_an_error_rather_than_the_base_directory()
    {
        _folder.Write("a.md", "One.");

        var result = Lint(["", "  "]);

        Assert.Empty(result.Files);
        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal(FileErrorKind.NotFound, e.Kind));
    }

    [Fact]
    public void A_file_found_twice_is_linted_once()
    {
        _folder.Write("docs/a.md", "One.");

        var result = Lint(["docs", "docs/a.md", "docs/*.md", Path.Combine(_folder.Path, "docs", "a.md")]);

        Assert.Equal(["docs/a.md"], result.Files.Select(f => f.Path));
    }

    [Fact]
    public void A_named_file_with_an_unknown_extension_needs_a_forced_format()
    {
        _folder.Write("article.txt", "<p>This cure.</p>");

        var unknown = Lint(["article.txt"]);
        var forced = Lint(["article.txt"], new WorkspaceOptions { BaseDirectory = _folder.Path, ForcedFormat = DocumentFormat.Html });

        Assert.Equal(FileErrorKind.UnknownFormat, Assert.Single(unknown.Errors).Kind);
        Assert.Empty(unknown.Files);
        var file = Assert.Single(forced.Files);
        Assert.Equal(DocumentFormat.Html, file.Result.Format);
        Assert.Single(file.Findings);
    }

    [Fact]
    public void Invalid_utf8_is_an_error_naming_the_line_and_byte_offset()
    {
        _folder.Write("good.md", "A guaranteed result.");
        var bad = Encoding.UTF8.GetBytes("First line.\nSecond line.\nThird ").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(" line.\n")).ToArray();
        _folder.WriteBytes("bad.md", bad);

        var result = Lint(["."]);

        Assert.Equal(["good.md"], result.Files.Select(f => f.Path));
        var error = Assert.Single(result.Errors);
        Assert.Equal("bad.md", error.Path);
        Assert.Equal(FileErrorKind.InvalidEncoding, error.Kind);
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("byte offset 31", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Byte_order_marks_choose_the_encoding_and_positions_match_plain_utf8(string encodingName)
    {
        const string text = "Intro line.\r\nThe cure is ½ guaranteed.\n";
        Encoding encoding = encodingName switch
        {
            "utf-8-bom" => new UTF8Encoding(true),
            "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            _ => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        };
        _folder.Write("plain.md", text);
        _folder.WriteBytes("marked.md", [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);

        var result = Lint(["."]);

        Assert.Empty(result.Errors);
        var plain = result.Files.Single(f => f.Path == "plain.md").Findings;
        var marked = result.Files.Single(f => f.Path == "marked.md").Findings;
        Assert.Equal(2, plain.Count);
        Assert.Equal(plain.Select(f => f.Region), marked.Select(f => f.Region));
        Assert.Equal(new SourceRegion(2, 5, 2, 9), plain[0].Region);
    }

    [Fact]
    public void A_symbolic_link_loop_is_an_error_naming_the_link_and_the_walk_ends()
    {
        _folder.Write("docs/a.md", "One.");
        _folder.Write("docs/sub/b.md", "Two.");
        Directory.CreateSymbolicLink(_folder.Combine("docs/sub/loop"), "..");

        var result = Lint(["docs"]);

        Assert.Equal(["docs/a.md", "docs/sub/b.md"], result.Files.Select(f => f.Path));
        var error = Assert.Single(result.Errors);
        Assert.Equal("docs/sub/loop", error.Path);
        Assert.Equal(FileErrorKind.Unreadable, error.Kind);
        Assert.Contains("loop", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbolic_link_to_a_folder_outside_is_followed()
    {
        using var outside = new TemporaryDirectory();
        outside.Write("shared/c.md", "The cure.");
        _folder.Write("docs/a.md", "One.");
        Directory.CreateSymbolicLink(_folder.Combine("docs/linked"), outside.Combine("shared"));

        var result = Lint(["docs"]);

        Assert.Empty(result.Errors);
        Assert.Equal(["docs/a.md", "docs/linked/c.md"], result.Files.Select(f => f.Path));
        Assert.Single(result.Files[1].Findings);
    }

    [Fact]
    public void A_dangling_symbolic_link_is_an_error_naming_it()
    {
        _folder.Write("a.md", "One.");
        File.CreateSymbolicLink(_folder.Combine("gone.md"), _folder.Combine("nowhere.md"));

        var folderResult = Lint(["."]);
        var namedResult = Lint(["gone.md"]);

        Assert.Equal(["a.md"], folderResult.Files.Select(f => f.Path));
        Assert.Equal(("gone.md", FileErrorKind.Unreadable), (folderResult.Errors.Single().Path, folderResult.Errors.Single().Kind));
        Assert.Equal(("gone.md", FileErrorKind.Unreadable), (namedResult.Errors.Single().Path, namedResult.Errors.Single().Kind));
    }

    [UnixFact]
    public void A_file_that_cannot_be_opened_is_an_error_naming_it_and_the_others_are_linted()
    {
        // A socket is listed like a file, and opening it fails for every user: the failure that file modes give only
        // to users other than root.
        _folder.Write("a.md", "The cure.");
        _folder.Write("c.md", "Guaranteed.");
        using var socket = _folder.BindSocket("b.md");

        var folderResult = Lint(["."]);
        var namedResult = Lint(["b.md", "c.md"]);

        Assert.Equal(["a.md", "c.md"], folderResult.Files.Select(f => f.Path));
        Assert.Equal(["c.md"], namedResult.Files.Select(f => f.Path));
        foreach (var result in new[] { folderResult, namedResult })
        {
            var error = Assert.Single(result.Errors);
            Assert.Equal(("b.md", FileErrorKind.Unreadable), (error.Path, error.Kind));
            Assert.StartsWith("cannot be read: ", error.Message, StringComparison.Ordinal);
        }

        Assert.NotEmpty(folderResult.Files.Single(f => f.Path == "a.md").Result.Findings);
    }

    [PermissionFact]
    public void A_file_without_read_permission_is_an_error_and_the_others_are_linted()
    {
        _folder.Write("a.md", "The cure.");
        var locked = _folder.Write("locked.md", "Secret.");
        TemporaryDirectory.RemovePermissions(locked);

        var result = Lint(["."]);

        Assert.Equal(["a.md"], result.Files.Select(f => f.Path));
        var error = Assert.Single(result.Errors);
        Assert.Equal(("locked.md", FileErrorKind.Unreadable), (error.Path, error.Kind));
        Assert.Contains("permission denied", error.Message, StringComparison.Ordinal);
    }

    [PermissionFact]
    public void A_folder_without_read_permission_is_an_error_naming_it()
    {
        _folder.Write("a.md", "One.");
        var locked = _folder.CreateDirectory("locked");
        _folder.Write("locked/b.md", "Two.");
        TemporaryDirectory.RemovePermissions(locked);

        var result = Lint(["."]);

        Assert.Equal(["a.md"], result.Files.Select(f => f.Path));
        Assert.Equal(("locked", FileErrorKind.Unreadable), (result.Errors.Single().Path, result.Errors.Single().Kind));
    }

    [Fact]
    public void A_file_outside_the_base_directory_keeps_a_relative_path_that_climbs_out()
    {
        using var outside = new TemporaryDirectory();
        var file = outside.Write("x.md", "The cure.");

        var result = Lint([file]);

        var linted = Assert.Single(result.Files);
        Assert.StartsWith("../", linted.Path, StringComparison.Ordinal);
        Assert.True(linted.IsOutsideBaseDirectory);
        Assert.Equal(file, linted.FullPath);
    }

    [Fact]
    public void Results_do_not_depend_on_parallelism()
    {
        for (var i = 0; i < 40; i++)
        {
            _folder.Write($"docs/{i % 7}/article-{i}.md", string.Join(' ', Enumerable.Repeat("A cure, guaranteed, a miracle.", i % 5 + 1)));
        }

        _folder.WriteBytes("docs/3/broken.md", [0x41, 0xFF]);

        var serial = Report(Lint(["docs"], new WorkspaceOptions { BaseDirectory = _folder.Path, MaxDegreeOfParallelism = 1 }));
        var parallel = Report(Lint(["docs"], new WorkspaceOptions { BaseDirectory = _folder.Path, MaxDegreeOfParallelism = 8 }));

        Assert.Equal(serial, parallel);
        Assert.Contains("docs/3/broken.md: error:", serial, StringComparison.Ordinal);
    }

    [Fact]
    public void The_results_are_sorted_by_ordinal_path()
    {
        foreach (var name in new[] { "b.md", "B.md", "a/z.md", "a.md", "_x.md" })
        {
            _folder.Write(name, "Text.");
        }

        var paths = Lint(["."]).Files.Select(f => f.Path).ToArray();

        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
        Assert.Equal(5, paths.Length);
    }

    private WorkspaceResult Lint(string[] paths, WorkspaceOptions? options = null) =>
        new LintWorkspace(TestLinters.Words(), options ?? new WorkspaceOptions { BaseDirectory = _folder.Path }).Lint(paths);

    private string Report(WorkspaceResult result) =>
        new TextReportWriter().WriteToString(new LintReport(ToolInfo.HealthLint, [], result.Files, result.Errors, _folder.Path));
}
