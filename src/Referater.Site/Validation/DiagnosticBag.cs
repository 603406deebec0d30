using System.Collections.Concurrent;

namespace Referater.Site.Validation;

/// <summary>Collects every diagnostic of a run, so that an editor sees all problems at once, not just the first.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void Error(string file, int line, int column, string code, string message) =>
        Add(new Diagnostic(file, line, column, Severity.Error, code, message));

    public void Warning(string file, int line, int column, string code, string message) =>
        Add(new Diagnostic(file, line, column, Severity.Warning, code, message));

    public void Info(string file, int line, int column, string code, string message) =>
        Add(new Diagnostic(file, line, column, Severity.Info, code, message));

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public int Count(Severity severity) => _items.Count(d => d.Severity == severity);

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
