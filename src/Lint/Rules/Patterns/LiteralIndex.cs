using System.Runtime.CompilerServices;

namespace HealthLint.Rules.Patterns;

/// <summary>
/// Every literal set of every pattern (<see cref="Analysis.Text.RequiredLiterals"/>), searched for in one pass
/// over a text. Hundreds of patterns each need a sentence to hold one literal of each of their sets; scanning the
/// sentence once per set costs more than all the regular expressions that then run. One Aho–Corasick automaton over
/// all the literals finds which of them the text holds in a single pass, and from that which sets are present;
/// the answer is kept for the texts seen lately (<see cref="Read"/>), since every pattern asks about the same
/// sentence in turn.
/// </summary>
internal sealed class LiteralIndex
{
    private static readonly object Gate = new();
    private static readonly List<string[]> RegisteredSets = [];
    private static readonly Dictionary<string, int> SetIds = new(StringComparer.Ordinal);
    private static LiteralIndex? _current;

    /// <summary>
    /// How many texts each thread keeps the answer for by identity, a power of two. Each rule asks about every
    /// sentence of a document in turn, so the answers must outlast one rule's pass over a document.
    /// </summary>
    private const int RememberedByIdentity = 512;

    /// <summary>
    /// How many texts all threads together keep the answer for by content, a power of two: headers, footers,
    /// disclaimers and calls to action recur from page to page of a site, and are searched once.
    /// </summary>
    private const int RememberedByContent = 8192;

    private static readonly TextLiterals?[] ByContent = new TextLiterals?[RememberedByContent];

    /// <summary>Each thread's answers, at the text's identity hash.</summary>
    [ThreadStatic]
    private static TextLiterals?[]? t_byIdentity;

    /// <summary>The most cells the table of moves may have; a larger automaton follows its failure links instead.</summary>
    private const int MaxTableCells = 4 << 20;

    private readonly Dictionary<long, int> _goto;
    private readonly int[] _failure;
    private readonly int[][] _outputs;
    private readonly int[][] _setsOfLiteral;
    private readonly int _setCount;

    /// <summary>
    /// Every move of the automaton, failure links followed in advance: row = node × <see cref="_classCount"/>, column =
    /// the character's class (<see cref="_classOf"/>); one lookup a character. <see langword="null"/> when too large.
    /// </summary>
    private readonly int[]? _moves;

    /// <summary>
    /// <see cref="_moves"/> in half the memory, when every node number fits in 16 bits, as it does for the built-in
    /// pack: the search reads the table once a character, and a smaller table stays in the processor's caches.
    /// </summary>
    private readonly ushort[]? _shortMoves;

    /// <summary>
    /// The sets each node completes a literal of, its failure nodes' included, laid out flat: node n's are
    /// <see cref="_flatSets"/>[<see cref="_flatStarts"/>[n] .. <see cref="_flatStarts"/>[n + 1]].
    /// </summary>
    private readonly int[] _flatStarts;
    private readonly int[] _flatSets;

    /// <summary>The class of each character: 0 for those no literal holds.</summary>
    private readonly ushort[] _classOf = new ushort[char.MaxValue + 1];
    private readonly int _classCount;

    /// <summary>An index over <paramref name="sets"/>, whose ids are their positions in the list.</summary>
    /// <param name="sets">The literal sets.</param>
    /// <param name="maxTableCells">The most cells of the table of moves; beyond, the search follows failure links.</param>
    internal LiteralIndex(IReadOnlyList<string[]> sets, int maxTableCells = MaxTableCells)
    {
        _setCount = sets.Count;
        var literalIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var setsOfLiteral = new List<List<int>>();
        for (var set = 0; set < sets.Count; set++)
        {
            foreach (var literal in sets[set])
            {
                if (!literalIds.TryGetValue(literal, out var id))
                {
                    id = literalIds.Count;
                    literalIds[literal] = id;
                    setsOfLiteral.Add([]);
                }

                setsOfLiteral[id].Add(set);
            }
        }

        _setsOfLiteral = setsOfLiteral.Select(s => s.Distinct().ToArray()).ToArray();

        // The trie of all literals.
        _goto = new Dictionary<long, int>();
        var outputs = new List<List<int>> { new() };
        foreach (var (literal, id) in literalIds)
        {
            var node = 0;
            foreach (var c in literal)
            {
                if (!_goto.TryGetValue(Key(node, c), out var next))
                {
                    next = outputs.Count;
                    outputs.Add([]);
                    _goto[Key(node, c)] = next;
                }

                node = next;
            }

            outputs[node].Add(id);
        }

        // Failure links, breadth first; each node's outputs take in those of its failure node.
        var children = new List<(int Child, char C)>[outputs.Count];
        foreach (var (key, child) in _goto)
        {
            var parent = (int)(key >> 16);
            (children[parent] ??= []).Add((child, (char)(key & 0xFFFF)));
        }

        _failure = new int[outputs.Count];
        var queue = new Queue<int>();
        foreach (var (child, _) in children[0] ?? [])
        {
            queue.Enqueue(child);
        }

        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var (child, c) in children[node] ?? [])
            {
                var fallback = _failure[node];
                while (true)
                {
                    if (_goto.TryGetValue(Key(fallback, c), out var target) && target != child)
                    {
                        _failure[child] = target;
                        break;
                    }

                    if (fallback == 0)
                    {
                        _failure[child] = 0;
                        break;
                    }

                    fallback = _failure[fallback];
                }

                outputs[child].AddRange(outputs[_failure[child]]);
                queue.Enqueue(child);
            }
        }

        // Most nodes end no literal: they share one empty array, and the others are read without LINQ, since there
        // are tens of thousands of nodes and this runs as the first text is read.
        _outputs = new int[outputs.Count][];
        _flatStarts = new int[outputs.Count + 1];
        var flat = new List<int>();
        var distinct = new HashSet<int>();
        for (var node = 0; node < outputs.Count; node++)
        {
            _flatStarts[node] = flat.Count;
            var found = outputs[node];
            if (found.Count == 0)
            {
                _outputs[node] = [];
                continue;
            }

            distinct.Clear();
            distinct.UnionWith(found);
            _outputs[node] = [.. distinct];
            distinct.Clear();
            foreach (var literal in _outputs[node])
            {
                distinct.UnionWith(_setsOfLiteral[literal]);
            }

            flat.AddRange(distinct);
        }

        _flatStarts[outputs.Count] = flat.Count;
        _flatSets = [.. flat];

        var classes = 1;
        foreach (var literal in literalIds.Keys)
        {
            foreach (var c in literal)
            {
                if (_classOf[c] == 0 && classes <= ushort.MaxValue)
                {
                    _classOf[c] = (ushort)classes++;
                }
            }
        }

        _classCount = classes;
        if ((long)outputs.Count * classes <= maxTableCells && classes <= ushort.MaxValue)
        {
            if (outputs.Count <= ushort.MaxValue + 1)
            {
                _shortMoves = Moves(children, outputs.Count, node => (ushort)node);
            }
            else
            {
                _moves = Moves(children, outputs.Count, node => node);
            }
        }
    }

    /// <summary>
    /// Registers a set of literals and returns its id. Sets registered after linting began are searched for from
    /// the next text on: the automaton is rebuilt when it is next needed.
    /// </summary>
    public static int Register(string[] literals)
    {
        var key = string.Join('\u0001', literals);
        lock (Gate)
        {
            if (!SetIds.TryGetValue(key, out var id))
            {
                id = RegisteredSets.Count;
                RegisteredSets.Add(literals);
                SetIds[key] = id;
                _current = null;
            }

            return id;
        }
    }

    /// <summary>Forgets the answers kept by content, and those this thread kept by identity (<see cref="KeptAnswers"/>).</summary>
    internal static void ForgetAnswers()
    {
        Array.Clear(ByContent);
        t_byIdentity = null;
    }

    /// <summary>Whether <paramref name="text"/> holds a literal of the set with id <paramref name="set"/>.</summary>
    internal bool Holds(string text, int set) => (Search(text)[set >> 6] & (1UL << (set & 63))) != 0;

    /// <summary>
    /// The literal sets <paramref name="text"/> holds. The same text object is usually asked about again by the next
    /// pattern or rule, and the same words often come again in another document: the answer is kept for both.
    /// </summary>
    public static TextLiterals Read(string text)
    {
        var index = Volatile.Read(ref _current) ?? Build();
        var byIdentity = t_byIdentity ??= new TextLiterals?[RememberedByIdentity];
        var slot = RuntimeHelpers.GetHashCode(text) & (RememberedByIdentity - 1);
        if (byIdentity[slot] is { } kept && ReferenceEquals(kept.Text, text) && ReferenceEquals(kept.Index, index))
        {
            return kept;
        }

        // Entries are replaced whole and never changed, so threads may share the table without locks.
        var hash = string.GetHashCode(text, StringComparison.Ordinal);
        var contentSlot = hash & (RememberedByContent - 1);
        var literals = ByContent[contentSlot] is { } same && same.Answers(text, hash, index)
            ? same with { Text = text }
            : new TextLiterals(text, index, index.Search(text), hash);
        ByContent[contentSlot] = literals;
        byIdentity[slot] = literals;
        return literals;
    }

    private static LiteralIndex Build()
    {
        lock (Gate)
        {
            return _current ??= new LiteralIndex(RegisteredSets.ToArray());
        }
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;

    /// <summary>
    /// The table of moves, breadth first: a node's move on a character is its child's, or else its failure node's
    /// move, which is already known since the failure node is nearer the root.
    /// </summary>
    private T[] Moves<T>(List<(int Child, char C)>[] children, int nodes, Func<int, T> entry)
        where T : struct
    {
        var moves = new T[nodes * _classCount];
        var queue = new Queue<int>();
        queue.Enqueue(0);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            var row = node * _classCount;
            if (node != 0)
            {
                Array.Copy(moves, _failure[node] * _classCount, moves, row, _classCount);
            }

            foreach (var (child, c) in children[node] ?? [])
            {
                moves[row + _classOf[c]] = entry(child);
                queue.Enqueue(child);
            }
        }

        return moves;
    }

    /// <summary>The search with the table of moves: one lookup a character, then the sets the node completes.</summary>
    private ulong[] Scan<T>(T[] moves, string text, ulong[] sets)
        where T : struct, System.Numerics.IBinaryInteger<T>
    {
        var classes = _classCount;
        var classOf = _classOf;
        var starts = _flatStarts;
        var flatSets = _flatSets;
        var at = 0;
        foreach (var c in text)
        {
            at = int.CreateTruncating(moves[(at * classes) + classOf[c]]);
            for (var k = starts[at]; k < starts[at + 1]; k++)
            {
                var set = flatSets[k];
                sets[set >> 6] |= 1UL << (set & 63);
            }
        }

        return sets;
    }

    /// <summary>The sets of which the text holds a literal, as bits.</summary>
    private ulong[] Search(string text)
    {
        var sets = new ulong[(_setCount + 63) / 64];
        if (_shortMoves is { } shortMoves)
        {
            return Scan(shortMoves, text, sets);
        }

        if (_moves is { } moves)
        {
            return Scan(moves, text, sets);
        }

        var node = 0;
        foreach (var c in text)
        {
            while (true)
            {
                if (_goto.TryGetValue(Key(node, c), out var next))
                {
                    node = next;
                    break;
                }

                if (node == 0)
                {
                    break;
                }

                node = _failure[node];
            }

            foreach (var literal in _outputs[node])
            {
                foreach (var set in _setsOfLiteral[literal])
                {
                    sets[set >> 6] |= 1UL << (set & 63);
                }
            }
        }

        return sets;
    }
}
