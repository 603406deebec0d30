using System.CommandLine;
using Referater.Site.Linking;
using Referater.Site.Pipeline;
using Referater.Site.Validation;

namespace Referater.Site.Cli;

/// <summary><c>build [--input DIR] [--output DIR] [--no-search]</c>: the whole site, written only when the input is valid.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var output = CommonOptions.Output();
        var verbose = CommonOptions.Verbose();
        var noSearch = new Option<bool>("--no-search") { Description = "Byg uden søgeindeks (Pagefind); /soeg/ virker så ikke" };
        var cache = new Option<string>("--cache")
        {
            Description = "Mappen, hvor bygningen gemmer, hvad den lavede, så næste bygning kun laver det om, der er ændret",
            DefaultValueFactory = _ => Publishing.BuildCache.DefaultDirectory,
            HelpName = "MAPPE",
        };
        var noCache = new Option<bool>("--no-cache") { Description = "Lav alt forfra uden at bruge eller gemme mellemresultater" };
        var command = new Command("build", "Byg sitet fra indholdsmappen til output-mappen") { input, output, verbose, noSearch, cache, noCache };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new BuildOptions(parse.GetValue(input)!, parse.GetValue(output)!)
            {
                Verbose = parse.GetValue(verbose),
                Search = !parse.GetValue(noSearch),
                CacheDirectory = parse.GetValue(noCache) ? null : parse.GetValue(cache),
            },
            cancellationToken));
        return command;
    }

    public static Task<int> RunAsync(BuildOptions options, CancellationToken cancellationToken) =>
        RunAsync(options, null, null, cancellationToken);

    /// <summary>The command itself; <paramref name="output"/> and <paramref name="error"/> replace the console when given (tests run it in-process).</summary>
    public static async Task<int> RunAsync(BuildOptions options, TextWriter? output, TextWriter? error, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        BuildResult result;
        try
        {
            result = await Terminal.WithProgressAsync("Bygger …", async report =>
            {
                var pipeline = new BuildPipeline();
                pipeline.StageStarted += report;
                return await pipeline.RunAsync(options, diagnostics, cancellationToken);
            });
        }
        catch (OperationCanceledException)
        {
            Terminal.PrintDiagnostics(diagnostics.Sorted(), error: error);
            (error ?? Console.Error).WriteLine($"Bygningen blev afbrudt. Intet er udgivet; '{options.OutputDirectory}' er som før.");
            return 130;
        }
        catch (Exception exception)
        {
            Terminal.PrintDiagnostics(diagnostics.Sorted(), error: error);
            return Terminal.InternalError(exception, options.Verbose, error);
        }
        var sorted = diagnostics.Sorted();
        Terminal.PrintDiagnostics(sorted, error: error);
        output ??= Console.Out;
        error ??= Console.Error;
        if (options.Verbose)
        {
            Terminal.PrintTimings(result.Timings, output);
        }
        var errors = diagnostics.Count(Severity.Error);
        if (Terminal.ExplainHint(sorted) is { } hint)
        {
            error.WriteLine(hint);
        }
        if (!result.Succeeded)
        {
            error.WriteLine($"Bygningen mislykkedes: {errors} fejl, {diagnostics.Count(Severity.Warning)} advarsler. Intet er skrevet til '{options.OutputDirectory}'.");
            return 1;
        }
        output.WriteLine(
            $"Bygget: {result.Meetings} møder, {result.AgendaItems} punkter, {result.Pages} sider ({result.Files} filer"
            + (result.Kept > 0 ? $", {result.Kept} uændrede fra sidst" : "") + "), "
            + $"{diagnostics.Count(Severity.Warning)} advarsler, {result.Elapsed.TotalSeconds.ToString("0.00", Terminal.Culture)} s → {options.OutputDirectory}");
        var unfollowed = sorted.Count(d => d.Code is ReferenceLinker.UnresolvedCode or ReferenceLinker.MissingPunktCode);
        if (unfollowed > 0)
        {
            output.WriteLine($"{unfollowed} {(unfollowed == 1 ? "henvisning" : "henvisninger")} i teksten kunne ikke følges og står uden link (se info ovenfor).");
        }
        return 0;
    }
}
