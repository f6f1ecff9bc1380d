namespace HealthLint.Workspace;

/// <summary>
/// Reads a file's bytes without letting a file that is not a regular file stop the run. A named pipe found among the
/// articles blocks whoever opens it until something writes to it, and a device such as <c>/dev/zero</c> never ends;
/// .NET shows both as ordinary files of length zero. So a file that reports no length is read on the side, with a
/// time limit and a size limit; a regular empty file is read at once.
/// </summary>
internal static class SourceFileReader
{
    /// <summary>The most a file that reported no length may give before it is taken for a device that never ends.</summary>
    private const int MaxUnsizedLength = 64 * 1024 * 1024;

    /// <summary>Reads the file, or returns why it cannot be read.</summary>
    /// <exception cref="IOException">The file system failed.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static byte[] Read(string fullPath, TimeSpan unsizedTimeout, out string? problem)
    {
        problem = null;
        if (ReportedLength(fullPath) is not 0)
        {
            return File.ReadAllBytes(fullPath);
        }

        // The reading thread is left behind if the file never opens; it holds nothing and ends with the process.
        var reading = Task.Factory.StartNew(() => ReadUnsized(fullPath), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        // Waited on through its handle: Task.Wait would wrap the reading's own error (a file that may not be read) in
        // an AggregateException that the callers would not recognise as a file system error.
        if (!((IAsyncResult)reading).AsyncWaitHandle.WaitOne(unsizedTimeout))
        {
            problem = $"cannot be read: it is not a regular file (a pipe or device that gave nothing in {unsizedTimeout.TotalSeconds:0.#} s)";
            return [];
        }

        var bytes = reading.GetAwaiter().GetResult();
        if (bytes is null)
        {
            problem = $"cannot be read: it is not a regular file (a device that gave more than {MaxUnsizedLength / (1024 * 1024)} MB without ending)";
            return [];
        }

        return bytes;
    }

    /// <summary>
    /// The length of the file a path leads to, through any links, or <see langword="null"/> when that cannot be told
    /// (no such file, a folder, a link loop): reading it then fails with the reason.
    /// </summary>
    private static long? ReportedLength(string fullPath)
    {
        try
        {
            var file = new FileInfo(fullPath);
            var target = file.LinkTarget is null ? file : file.ResolveLinkTarget(returnFinalTarget: true) as FileInfo;
            return target is { Exists: true } ? target.Length : null;
        }
        catch (Exception exception) when (IoErrors.IsFileSystemError(exception))
        {
            return null;
        }
    }

    private static byte[]? ReadUnsized(string fullPath)
    {
        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxUnsizedLength)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }
}
