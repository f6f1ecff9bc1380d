namespace HealthLint.Workspace;

/// <summary>
/// Lists the files under a folder without recursion. Symbolic links to folders are followed, but a link that
/// leads back to a folder being walked is reported instead of entered, and nesting deeper than
/// <see cref="MaxDepth"/> is reported rather than searched, so that every walk ends.
/// </summary>
internal static class DirectoryWalker
{
    public const int MaxDepth = 128;

    private const int MaxLinkHops = 40;

    private static readonly EnumerationOptions Entries = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    /// <summary>Calls <paramref name="onFile"/> for each file and <paramref name="onError"/> for each folder that could not be searched.</summary>
    /// <param name="root">The absolute path of the folder.</param>
    /// <param name="ignoredNames">Names of folders below the root that are not entered.</param>
    /// <param name="onFile">Receives the absolute path of each file.</param>
    /// <param name="onError">Receives the absolute path of a folder and why it was not searched.</param>
    public static void Walk(string root, IReadOnlyCollection<string> ignoredNames, Action<string> onFile, Action<string, string> onError)
    {
        if (!TryCanonical(root, Path.GetDirectoryName(root) ?? root, out var rootCanonical, out var rootError))
        {
            onError(root, rootError);
            return;
        }

        var pending = new Stack<Frame>();
        pending.Push(new Frame(root, rootCanonical, null, 0));
        while (pending.Count > 0)
        {
            var frame = pending.Pop();
            List<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(frame.Path).EnumerateFileSystemInfos("*", Entries).ToList();
            }
            catch (Exception exception) when (IoErrors.IsFileSystemError(exception))
            {
                onError(frame.Path, IoErrors.Describe(exception));
                continue;
            }

            foreach (var entry in entries)
            {
                if (entry is not DirectoryInfo directory)
                {
                    onFile(entry.FullName);
                    continue;
                }

                if (ignoredNames.Contains(directory.Name, StringComparer.Ordinal))
                {
                    continue;
                }

                if (frame.Depth + 1 > MaxDepth)
                {
                    onError(directory.FullName, $"not searched: folders are nested more than {MaxDepth} levels deep");
                    continue;
                }

                string canonical;
                if (directory.LinkTarget is null)
                {
                    canonical = Path.Join(frame.Canonical, directory.Name);
                }
                else if (!TryCanonical(directory.FullName, frame.Canonical, out canonical, out var linkError))
                {
                    onError(directory.FullName, linkError);
                    continue;
                }

                if (frame.IsWithin(canonical))
                {
                    onError(directory.FullName, "not searched: the symbolic link loops back to a folder that contains it");
                    continue;
                }

                pending.Push(new Frame(directory.FullName, canonical, frame, frame.Depth + 1));
            }
        }
    }

    /// <summary>
    /// The path a folder really is, following its symbolic links; a relative link target is taken relative to
    /// the real path of the folder holding the link, so that links met through other links resolve alike.
    /// </summary>
    private static bool TryCanonical(string path, string realParent, out string canonical, out string error)
    {
        canonical = Path.GetFullPath(path);
        error = "";
        try
        {
            var target = new DirectoryInfo(canonical).LinkTarget;
            var parent = realParent;
            for (var hops = 0; target is not null; hops++)
            {
                if (hops == MaxLinkHops)
                {
                    error = "cannot be read: too many levels of symbolic links";
                    return false;
                }

                canonical = Path.GetFullPath(target, parent);
                parent = Path.GetDirectoryName(canonical) ?? canonical;
                target = new DirectoryInfo(canonical).LinkTarget;
            }

            return true;
        }
        catch (Exception exception) when (IoErrors.IsFileSystemError(exception))
        {
            error = IoErrors.Describe(exception);
            return false;
        }
    }

    private sealed record Frame(string Path, string Canonical, Frame? Parent, int Depth)
    {
        /// <summary>Whether <paramref name="canonical"/> is this folder or one of the folders it was reached through.</summary>
        public bool IsWithin(string canonical)
        {
            for (var frame = this; frame is not null; frame = frame.Parent)
            {
                if (string.Equals(frame.Canonical, canonical, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
