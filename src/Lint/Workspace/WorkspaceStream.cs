using System.Runtime.ExceptionServices;
using HealthLint.Workspace;

namespace HealthLint;

/// <summary>
/// The files of a workspace run, linted several at once and handed on one by one in path order as their turn
/// comes (<see cref="LintWorkspace.Stream"/>). Nothing is kept once handed on, and the workers stop when they are a
/// short distance ahead of the reader, so memory stays the same however many files there are.
/// </summary>
public sealed class WorkspaceStream : IDisposable
{
    private readonly int _count;
    private readonly Func<int, (LintedFile? Result, FileError? Error)> _lintFile;
    private readonly IReadOnlyList<FileError> _findErrors;
    private readonly int _workers;
    private readonly CancellationToken _cancellationToken;
    private readonly CancellationTokenSource _stop;
    private IReadOnlyList<FileError>? _errors;
    private int _started;
    private volatile bool _disposed;

    internal WorkspaceStream(
        int count,
        Func<int, (LintedFile? Result, FileError? Error)> lintFile,
        IReadOnlyList<FileError> findErrors,
        IReadOnlyList<RuleDescriptor> rules,
        int workers,
        CancellationToken cancellationToken)
    {
        _count = count;
        _lintFile = lintFile;
        _findErrors = findErrors;
        _workers = workers;
        _cancellationToken = cancellationToken;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Rules = rules;
        if (count == 0)
        {
            _errors = FileError.InReportOrder(findErrors);
        }
    }

    /// <summary>
    /// The rules the files are linted with, sorted by id: those of every configuration used, rule packs included,
    /// and without the rules they turn off everywhere.
    /// </summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>How many files there are to lint.</summary>
    public int FileCount => _count;

    /// <summary>
    /// The linted files, sorted by <see cref="LintedFile.Path"/> (ordinal), each linted as it comes: they can be
    /// read once. Reading them throws <see cref="InvalidOperationException"/> the second time,
    /// <see cref="ObjectDisposedException"/> once the stream is disposed, <see cref="OperationCanceledException"/>
    /// when the run's cancellation token is cancelled, and any exception that escaped the linting of a file.
    /// </summary>
    public IEnumerable<LintedFile> Files => Read();

    /// <summary>
    /// The files and inputs that could not be linted, sorted by path (ordinal); known once <see cref="Files"/> has been
    /// read to the end.
    /// </summary>
    /// <exception cref="InvalidOperationException"><see cref="Files"/> has not been read to the end.</exception>
    public IReadOnlyList<FileError> Errors =>
        _errors ?? throw new InvalidOperationException("The errors of a workspace stream are known once its files have been read to the end.");

    /// <summary>Stops the workers if the files were not read to the end.</summary>
    public void Dispose()
    {
        lock (_stop)
        {
            if (!_disposed)
            {
                _disposed = true;
                _stop.Cancel();
                _stop.Dispose();
            }
        }
    }

    private IEnumerable<LintedFile> Read()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            throw new InvalidOperationException("The files of a workspace stream are linted as they are read, and can be read once.");
        }

        if (_count == 0)
        {
            yield break;
        }

        var failures = new List<FileError>();

        // Workers take the files in order, each only while fewer than `ahead` files wait to be handed on, so a
        // worker never runs far ahead of a slow file; the reader takes the results in order.
        var ahead = Math.Max(64, 8 * _workers);
        var window = new SemaphoreSlim(ahead, ahead);
        var slots = new (LintedFile? Result, FileError? Error)?[_count];
        var gate = new object();
        var next = -1;
        Exception? failure = null;
        var token = _stop.Token;

        void Work()
        {
            try
            {
                while (true)
                {
                    window.Wait(token);
                    var index = Interlocked.Increment(ref next);
                    if (index >= _count)
                    {
                        return;
                    }

                    var outcome = _lintFile(index);
                    lock (gate)
                    {
                        slots[index] = outcome;
                        Monitor.PulseAll(gate);
                    }
                }
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
            }
            catch (Exception exception)
            {
                lock (gate)
                {
                    failure ??= exception;
                    Monitor.PulseAll(gate);
                }
            }
        }

        var workers = Enumerable.Range(0, Math.Min(_workers, _count))
            .Select(_ => Task.Factory.StartNew(Work, token, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        try
        {
            for (var index = 0; index < _count; index++)
            {
                (LintedFile? Result, FileError? Error) outcome;
                lock (gate)
                {
                    while (slots[index] is null && failure is null && !token.IsCancellationRequested)
                    {
                        Monitor.Wait(gate, 100);
                    }

                    if (failure is not null)
                    {
                        ExceptionDispatchInfo.Throw(failure);
                    }

                    // The caller's token first, so that the exception names the token the caller gave.
                    _cancellationToken.ThrowIfCancellationRequested();
                    token.ThrowIfCancellationRequested();
                    outcome = slots[index]!.Value;
                    slots[index] = null;
                }

                window.Release();
                if (outcome.Error is { } error)
                {
                    failures.Add(error);
                }

                if (outcome.Result is { } result)
                {
                    yield return result;
                }
            }

            _errors = FileError.InReportOrder(_findErrors.Concat(failures));
        }
        finally
        {
            // Stop the workers if the reader stopped early, and wait for them so none lints on behind its back.
            lock (_stop)
            {
                if (_errors is null && !_disposed)
                {
                    _stop.Cancel();
                }
            }

            Task.WaitAll(workers.Select(w => w.ContinueWith(_ => { }, TaskScheduler.Default)).ToArray());
            window.Dispose();
        }
    }
}
