using System.CommandLine;
using Referater.Site.Pipeline;
using Referater.Site.Publishing;
using Referater.Site.Rendering;
using Referater.Site.Validation;

namespace Referater.Site.Cli;

/// <summary><c>check [--input DIR] [--format text|github]</c>: every check the build makes, without writing anything.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var format = CommonOptions.Format();
        var verbose = CommonOptions.Verbose();
        var command = new Command("check", "Tjek indholdet for fejl uden at bygge sitet") { input, format, verbose };
        command.SetAction((parse, _) => RunAsync(parse.GetValue(input)!, parse.GetValue(format), parse.GetValue(verbose)));
        return command;
    }

    public static async Task<int> RunAsync(string inputDirectory, DiagnosticFormat format, bool verbose)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new StageTimings();
        SiteRun? run;
        try
        {
            run = await Terminal.WithProgressAsync("Tjekker …", report =>
            {
                timings = new StageTimings(report);
                return new BuildPipeline().CheckAsync(inputDirectory, diagnostics, timings);
            });
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Print(diagnostics, format);
            return Terminal.InternalError(exception, verbose);
        }
        Print(diagnostics, format);
        if (verbose)
        {
            Terminal.PrintTimings(timings.Stages);
        }
        var errors = diagnostics.Count(Severity.Error);
        var warnings = diagnostics.Count(Severity.Warning);
        if (format == DiagnosticFormat.Text && Terminal.ExplainHint(diagnostics.Sorted()) is { } hint)
        {
            Console.Error.WriteLine(hint);
        }
        if (run is null)
        {
            Console.Error.WriteLine($"Tjek mislykkedes: {errors} fejl, {DanishText.Count(warnings, "advarsel", "advarsler")}. Ret fejlene og kør check igen.");
            return 1;
        }
        Console.WriteLine($"Ingen fejl: {DanishText.Count(run.Site.Meetings.Length, "møde", "møder")}, {DanishText.Count(run.Site.AgendaItems.Count(), "punkt", "punkter")}, {DanishText.Count(warnings, "advarsel", "advarsler")}.");
        return 0;
    }

    private static void Print(DiagnosticBag diagnostics, DiagnosticFormat format)
    {
        if (format == DiagnosticFormat.Github)
        {
            // GitHub reads workflow commands from standard output.
            foreach (var diagnostic in diagnostics.Sorted())
            {
                Console.WriteLine(GitHubAnnotations.Format(diagnostic));
            }
            return;
        }
        Terminal.PrintDiagnostics(diagnostics.Sorted());
    }
}
