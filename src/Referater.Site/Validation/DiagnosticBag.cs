using System.Collections.Concurrent;
using System.Diagnostics;

namespace Referater.Site.Validation;

/// <summary>Collects every diagnostic of a run, so that an editor sees all problems at once, not just the first.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    /// <summary>Counted as they come: loading asks "any new errors?" once per file, and a large site has many infos.</summary>
    private readonly int[] _counts = new int[Enum.GetValues<Severity>().Length];

    public void Add(Diagnostic diagnostic)
    {
        // Whatever a rule quoted: no CPR number in a log, no escape sequence in a terminal.
        var clean = diagnostic with { File = DiagnosticText.Neutralise(diagnostic.File), Message = DiagnosticText.Clean(diagnostic.Message) };
        VerifyCatalogued(clean);
        _items.Enqueue(clean);
        Interlocked.Increment(ref _counts[(int)diagnostic.Severity]);
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    public void Error(string file, int line, int column, string code, string message) =>
        Add(new Diagnostic(file, line, column, Severity.Error, code, message));

    public void Warning(string file, int line, int column, string code, string message) =>
        Add(new Diagnostic(file, line, column, Severity.Warning, code, message));

    public void Info(string file, int line, int column, string code, string message) =>
        Add(new Diagnostic(file, line, column, Severity.Info, code, message));

    public bool HasErrors => Count(Severity.Error) > 0;

    public int Count(Severity severity) => Volatile.Read(ref _counts[(int)severity]);

    /// <summary>Every code is in the catalogue with one severity; a test run stops at the first diagnostic that is not.</summary>
    [Conditional("DEBUG")]
    private static void VerifyCatalogued(Diagnostic diagnostic)
    {
        if (DiagnosticCatalogue.Find(diagnostic.Code) is not { } entry || entry.Severity != diagnostic.Severity)
        {
            throw new InvalidOperationException($"{diagnostic.Code} ({diagnostic.Severity}) is not in {nameof(DiagnosticCatalogue)} with that severity.");
        }
    }

    /// <summary>In a stable order (file, line, column), whatever order parallel stages reported them in.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
