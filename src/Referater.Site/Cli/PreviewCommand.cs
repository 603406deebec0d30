using System.CommandLine;
using Referater.Site.Preview;
using Referater.Site.Validation;

namespace Referater.Site.Cli;

/// <summary>
/// <c>preview [--input DIR] [--port 5080]</c>: builds the site into memory, serves it on http://127.0.0.1:PORT, rebuilds
/// what an edit affects and reloads the open tab. Errors are shown in the page, and preview keeps running.
/// </summary>
public static class PreviewCommand
{
    /// <summary>How long the input must be quiet before a rebuild: one save is often several writes.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(80);

    /// <summary>How long after a rebuild the garbage is collected: by then the open tab has reloaded the page.</summary>
    private static readonly TimeSpan IdleBeforeCollecting = TimeSpan.FromMilliseconds(500);

    public static Command Create()
    {
        var input = CommonOptions.Input();
        var port = CommonOptions.Port();
        var verbose = CommonOptions.Verbose();
        var command = new Command("preview", "Vis sitet lokalt i browseren; siden opdaterer sig selv, når du gemmer") { input, port, verbose };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(input)!, parse.GetValue(port), parse.GetValue(verbose), cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string inputDirectory, int port, bool verbose, CancellationToken cancellationToken)
    {
        var input = Path.GetFullPath(inputDirectory);
        if (!Directory.Exists(input))
        {
            return Terminal.Fail($"mappen '{inputDirectory}' findes ikke. Angiv indholdsmappen med --input MAPPE.");
        }
        // The theme beside the content (the repository's layout): its static files are read from disk, so a style edit shows at once.
        var theme = Path.Combine(Path.GetDirectoryName(input)!, "theme");
        var site = new PreviewSite(input, Directory.Exists(theme) ? Path.Combine(theme, "static") : null);
        var liveReload = new LiveReload(() => site.Current.Version);

        using var search = new PreviewSearch(input, problems =>
        {
            Console.WriteLine("Søgningen i preview er ikke opdateret:");
            Terminal.PrintDiagnostics(problems, includeInfo: false);
        });
        using var collection = new IdleCollection(IdleBeforeCollecting);
        Report(await collection.AroundAsync(() => site.RebuildAsync(null, cancellationToken)), site, verbose);
        UpdateSearch(site, search);
        await using var server = new PreviewServer(site, liveReload, search);
        try
        {
            await server.StartAsync(port, cancellationToken);
        }
        catch (IOException)
        {
            return Terminal.Fail($"porten {port} er optaget (kører preview allerede?). Vælg en anden med --port {port + 1}.");
        }
        Console.WriteLine($"Preview: http://127.0.0.1:{port}/   Siden opdaterer sig selv, når du gemmer. Stop med Ctrl+C.");

        using var watcher = new ChangeWatcher(Directory.Exists(theme) ? [input, theme] : [input], async changes =>
        {
            try
            {
                var layouts = Path.Combine(theme, "layouts") + Path.DirectorySeparatorChar;
                var content = changes?.Where(p => !p.StartsWith(layouts, StringComparison.Ordinal)).ToList();
                if (content is not null && content.Count < changes!.Count)
                {
                    Console.WriteLine("Layouts (theme/layouts/*.razor) er kompileret ind i programmet: stop preview og start det igen for at se ændringen.");
                }
                if (content is { Count: 0 })
                {
                    return;
                }
                search.GiveWay();
                Report(await collection.AroundAsync(() => site.RebuildAsync(content, cancellationToken)), site, verbose);
                liveReload.Announce();
                UpdateSearch(site, search);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Terminal.InternalError(exception, verbose);
            }
        }, Quiet);

        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("Preview stoppet.");
        }
        return 0;
    }

    /// <summary>Indexes the site for search in the background after a rebuild that succeeded; the tab does not wait for it.</summary>
    private static void UpdateSearch(PreviewSite site, PreviewSearch search)
    {
        if (!site.Current.HasErrors)
        {
            search.Update(site.SearchDocuments);
        }
    }

    private static void Report(RebuildReport report, PreviewSite site, bool verbose)
    {
        var time = $"{report.Elapsed.TotalMilliseconds.ToString("0", Terminal.Culture)} ms";
        var problems = site.Current.Problems;
        if (!report.Succeeded)
        {
            Terminal.PrintDiagnostics(problems, includeInfo: false);
            var errors = problems.Count(d => d.Severity == Severity.Error);
            Console.WriteLine($"{errors} fejl ({time}). Browseren viser fejlene, til filerne er rettet.");
            return;
        }
        Terminal.PrintDiagnostics(problems.Where(d => d.Severity == Severity.Warning));
        Console.WriteLine(report.Full
            ? $"Bygget på {time}: {report.MeetingsLoaded} møder, {site.Current.Files.Count} filer."
            : $"Opdateret på {time}: {report.MeetingsLoaded} {(report.MeetingsLoaded == 1 ? "møde" : "møder")} læst igen, {report.PagesRendered} {(report.PagesRendered == 1 ? "side" : "sider")} gengivet.");
        if (verbose)
        {
            Terminal.PrintTimings(report.Stages);
        }
    }
}
