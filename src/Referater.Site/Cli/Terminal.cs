using System.Globalization;
using Referater.Site.Validation;
using Spectre.Console;

namespace Referater.Site.Cli;

/// <summary>How the command line talks: diagnostics on standard error, results on standard output, no colours in CI.</summary>
public static class Terminal
{
    /// <summary>CI logs and redirected output get plain lines; an editor's terminal gets progress and colour.</summary>
    public static bool IsInteractive =>
        !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
        && !Console.IsOutputRedirected
        && !Console.IsErrorRedirected;

    /// <param name="error">Where to write; standard error unless a caller (a test) captures it.</param>
    public static void PrintDiagnostics(IEnumerable<Diagnostic> diagnostics, bool includeInfo = true, TextWriter? error = null)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == Severity.Info && !includeInfo)
            {
                continue;
            }
            if (IsInteractive && error is null)
            {
                var color = diagnostic.Severity switch
                {
                    Severity.Error => "red",
                    Severity.Warning => "yellow",
                    _ => "grey",
                };
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                console.MarkupLine($"{Markup.Escape($"{diagnostic.File}:{diagnostic.Line}:{diagnostic.Column}:")} [{color}]{diagnostic.SeverityLabel}:[/] {Markup.Escape($"{diagnostic.Message} [{diagnostic.Code}]")}");
            }
            else
            {
                (error ?? Console.Error).WriteLine(diagnostic.ToString());
            }
        }
    }

    /// <summary>
    /// Where to read more about the problems printed: <c>explain</c> with the first code, and the catalogue in the
    /// repository. Null when nothing but info was printed.
    /// </summary>
    public static string? ExplainHint(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Severity != Severity.Info).OrderByDescending(d => d.Severity == Severity.Error).FirstOrDefault() is { } first
            ? $"Hvad en kode betyder, og hvad der skal til: ./referater explain {first.Code} (alle koder står i {DiagnosticCatalogue.DocumentPath})."
            : null;

    public static async Task<T> WithProgressAsync<T>(string firstStep, Func<Action<string>, Task<T>> work)
    {
        if (!IsInteractive)
        {
            return await work(_ => { });
        }
        T result = default!;
        await AnsiConsole.Status().StartAsync(firstStep, async context =>
        {
            result = await work(step => context.Status(step));
        });
        return result;
    }

    /// <summary><c>--verbose</c>: how long each stage took, the same way for every command.</summary>
    public static void PrintTimings(IEnumerable<(string Stage, TimeSpan Time)> timings, TextWriter? output = null)
    {
        foreach (var (stage, time) in timings)
        {
            (output ?? Console.Out).WriteLine($"  {stage,-32} {time.TotalMilliseconds.ToString("0", Culture),8} ms");
        }
    }

    /// <summary>A problem with the command itself (not with a file): one Danish line on standard error.</summary>
    public static int Fail(string message)
    {
        Console.Error.WriteLine($"fejl: {message}");
        return 1;
    }

    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("da-DK");

    /// <summary>An unexpected failure: one line an editor can report, without a stack trace.</summary>
    public static int InternalError(Exception exception, bool verbose, TextWriter? error = null)
    {
        error ??= Console.Error;
        // The message may quote content (a path, a value): it is cleaned as every diagnostic is.
        error.WriteLine($"fejl: bygningen stoppede uventet: {Validation.DiagnosticText.Clean(exception.GetBaseException().Message)}");
        if (verbose)
        {
            error.WriteLine(exception);
        }
        else
        {
            error.WriteLine("Kør igen med --verbose for detaljer. Det tidligere output er ikke ændret.");
        }
        return 2;
    }
}
