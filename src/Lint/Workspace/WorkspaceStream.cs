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
    private readonly CancellationTokenSource _stop;
    private readonly List<FileError> _failures = [];
    private IReadOnlyList<FileError>? _errors;
    private bool _started;
    private bool _disposed;

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
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Rules = rules;
        if (count == 0)
        {
            _errors = Sorted(findErrors);
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
    /// read once.
    /// </summary>
    /// <exception cref="InvalidOperationException">They are read a second time.</exception>
    public IEnumerable<LintedFile> Files
    {
        get
        {
            if (_started)
            {
                throw new InvalidOperationException("The files of a workspace stream are linted as they are read, and can be read once.");
            }

            _started = true;
            return Read();
        }
    }

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
        if (!_disposed)
        {
            _disposed = true;
            _stop.Cancel();
            _stop.Dispose();
        }
    }

    private static FileError[] Sorted(IEnumerable<FileError> errors) =>
        errors.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Message, StringComparer.Ordinal).ToArray();

    private IEnumerable<LintedFile> Read()
    {
        if (_count == 0)
        {
            yield break;
        }

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
            catch (OperationCanceledException)
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
                        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
                    }

                    token.ThrowIfCancellationRequested();
                    outcome = slots[index]!.Value;
                    slots[index] = null;
                }

                window.Release();
                if (outcome.Error is { } error)
                {
                    _failures.Add(error);
                }

                if (outcome.Result is { } result)
                {
                    yield return result;
                }
            }

            _errors = Sorted(_findErrors.Concat(_failures));
        }
        finally
        {
            // Stop the workers if the reader stopped early, and wait for them so none lints on behind its back.
            if (_errors is null && !_disposed)
            {
                _stop.Cancel();
            }

            Task.WaitAll(workers.Select(w => w.ContinueWith(_ => { }, TaskScheduler.Default)).ToArray());
            window.Dispose();
        }
    }
}
