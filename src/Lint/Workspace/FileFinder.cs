using Microsoft.Extensions.FileSystemGlobbing;

namespace HealthLint.Workspace;

/// <summary>
/// Turns the paths given to a workspace (files, folders, globs) into the files to lint, each once, and an error
/// for every input that matched nothing and every folder that could not be searched.
/// </summary>
internal sealed class FileFinder
{
    private readonly WorkspaceOptions _options;
    private readonly string _baseDirectory;
    private readonly Dictionary<string, SourceFile> _files = new(StringComparer.Ordinal);
    private readonly List<FileError> _errors = [];

    public FileFinder(WorkspaceOptions options)
    {
        _options = options;
        _baseDirectory = Path.GetFullPath(options.BaseDirectory);
    }

    public IReadOnlyList<FileError> Errors => _errors;

    /// <summary>The files found so far, sorted by report path.</summary>
    public IReadOnlyList<SourceFile> SortedFiles() => _files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();

    /// <summary>An input that contains <c>*</c> is a glob; everything else is a file or folder path.</summary>
    public static bool IsGlob(string input) => input.Contains('*', StringComparison.Ordinal);

    public void Add(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            _errors.Add(new FileError(input ?? "", FileErrorKind.NotFound, "an empty path names no file"));
            return;
        }

        if (IsGlob(input))
        {
            AddGlob(input);
            return;
        }

        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(input, _baseDirectory);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            _errors.Add(new FileError(input, FileErrorKind.NotFound, "not a valid path"));
            return;
        }

        if (Directory.Exists(fullPath))
        {
            AddFolder(input, fullPath);
        }
        else if (File.Exists(fullPath))
        {
            AddNamedFile(fullPath);
        }
        else if (IsLink(fullPath))
        {
            _errors.Add(new FileError(Relative(fullPath), FileErrorKind.Unreadable, "cannot be read: the symbolic link leads nowhere, or loops"));
        }
        else
        {
            _errors.Add(new FileError(WorkspacePaths.ToForwardSlashes(input), FileErrorKind.NotFound, "no such file or folder"));
        }
    }

    private void AddNamedFile(string fullPath)
    {
        if (_options.ForcedFormat is { } forced)
        {
            AddFile(fullPath, forced);
        }
        else if (DocumentFormats.TryFromPath(fullPath, out var format))
        {
            AddFile(fullPath, format);
        }
        else
        {
            _errors.Add(new FileError(
                Relative(fullPath),
                FileErrorKind.UnknownFormat,
                $"not linted: the extension is not one of {KnownExtensions()}; pass the input format to read it anyway"));
        }
    }

    private void AddFolder(string input, string fullPath)
    {
        var found = 0;
        var failed = false;
        DirectoryWalker.Walk(
            fullPath,
            _options.IgnoredDirectories,
            file =>
            {
                if (DocumentFormats.TryFromPath(file, out var format))
                {
                    AddFile(file, _options.ForcedFormat ?? format);
                    found++;
                }
            },
            (folder, message) =>
            {
                _errors.Add(new FileError(Relative(folder), FileErrorKind.Unreadable, message));
                failed = true;
            });
        if (found == 0 && !failed)
        {
            _errors.Add(new FileError(WorkspacePaths.ToForwardSlashes(input), FileErrorKind.NotFound, $"the folder holds no {KnownExtensions()} files"));
        }
    }

    private void AddGlob(string input)
    {
        var segments = input.Replace('\\', '/').Split('/');
        var firstWild = Array.FindIndex(segments, IsGlob);
        var literal = string.Join('/', segments[..firstWild]);
        var pattern = string.Join('/', segments[firstWild..]);
        var root = firstWild == 1 && literal.Length == 0 ? "/" : literal;
        string rootPath;
        try
        {
            rootPath = Path.GetFullPath(root.Length == 0 ? "." : root, _baseDirectory);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            _errors.Add(new FileError(input, FileErrorKind.NotFound, "not a valid glob"));
            return;
        }

        var candidates = new List<string>();
        var failed = false;
        if (Directory.Exists(rootPath))
        {
            DirectoryWalker.Walk(
                rootPath,
                _options.IgnoredDirectories,
                file => candidates.Add(WorkspacePaths.ToForwardSlashes(Path.GetRelativePath(rootPath, file))),
                (folder, message) =>
                {
                    _errors.Add(new FileError(Relative(folder), FileErrorKind.Unreadable, message));
                    failed = true;
                });
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(pattern);
        var found = 0;
        foreach (var match in matcher.Match(rootPath, candidates).Files)
        {
            var file = Path.GetFullPath(match.Path, rootPath);
            if (_options.ForcedFormat is { } forced)
            {
                AddFile(file, forced);
                found++;
            }
            else if (DocumentFormats.TryFromPath(file, out var format))
            {
                AddFile(file, format);
                found++;
            }
        }

        if (found == 0 && !failed)
        {
            var what = _options.ForcedFormat is null ? $"no {KnownExtensions()} files" : "no files";
            _errors.Add(new FileError(input, FileErrorKind.NotFound, what + " match the glob"));
        }
    }

    /// <summary>Whether the path is a symbolic link, which exists but leads nowhere when neither a file nor a folder is found.</summary>
    private static bool IsLink(string fullPath)
    {
        try
        {
            return new FileInfo(fullPath).LinkTarget is not null;
        }
        catch (Exception exception) when (IoErrors.IsFileSystemError(exception))
        {
            return false;
        }
    }

    private void AddFile(string fullPath, DocumentFormat format) =>
        _files.TryAdd(fullPath, new SourceFile(fullPath, Relative(fullPath), format));

    private string Relative(string fullPath) => WorkspacePaths.Relative(_baseDirectory, fullPath);

    private static string KnownExtensions() =>
        string.Join(", ", DocumentFormats.Extensions.Order(StringComparer.Ordinal));
}
