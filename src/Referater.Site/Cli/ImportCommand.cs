using System.CommandLine;
using System.Globalization;
using Referater.Site.Content;
using Referater.Site.Import;
using Referater.Site.Validation;
using Spectre.Console;

namespace Referater.Site.Cli;

/// <summary>
/// <c>import STI… [--input DIR] [--force] [--udvalg NAVN] [--dato ÅÅÅÅ-MM-DD] [--sted TEKST] [--report FIL.csv]</c>:
/// referater (text, PDF or saved web pages, files or whole folders of them) become meeting bundles.
/// </summary>
public static class ImportCommand
{
    /// <summary>From this many files on, an editor's terminal shows a progress bar.</summary>
    private const int ProgressFrom = 3;

    public static Command Create()
    {
        var paths = new Argument<string[]>("STI")
        {
            Description = "Referater at importere: filer (.txt, .md, .pdf, .html) og mapper med dem",
            Arity = ArgumentArity.OneOrMore,
        };
        var input = CommonOptions.Input();
        var force = new Option<bool>("--force") { Description = "Overskriv et møde, der allerede findes" };
        var committee = new Option<string?>("--udvalg") { Description = "Udvalget (slug eller navn fra site.yml), når teksten ikke siger det", HelpName = "NAVN" };
        var date = new Option<string?>("--dato") { Description = "Mødets dato, når teksten ikke siger den (kun for én fil)", HelpName = "ÅÅÅÅ-MM-DD" };
        var place = new Option<string?>("--sted") { Description = "Mødets sted, når teksten ikke siger det", HelpName = "TEKST" };
        var report = new Option<string?>("--report") { Description = "Skriv oversigten som CSV til denne fil", HelpName = "FIL.csv" };
        var command = new Command("import", "Importér eksisterende referater som møder i indholdsmappen") { paths, input, force, committee, date, place, report };
        command.SetAction(parse => Run(
            parse.GetValue(paths)!, parse.GetValue(input)!, parse.GetValue(force),
            parse.GetValue(committee), parse.GetValue(date), parse.GetValue(place), parse.GetValue(report)));
        return command;
    }

    public static int Run(string[] paths, string input, bool force, string? committee, string? dateText, string? place, string? reportFile)
    {
        DateOnly? date = null;
        if (dateText is not null)
        {
            if (!DanishDates.TryParseIso(dateText, out var parsed))
            {
                return Terminal.Fail($"--dato skal være en dato som ÅÅÅÅ-MM-DD, fx --dato 2026-02-17 (ikke '{dateText}').");
            }
            date = parsed;
        }
        var diagnostics = new DiagnosticBag();
        var site = ImportSite.Load(input, diagnostics);
        if (site is null)
        {
            Terminal.PrintDiagnostics(diagnostics.Sorted());
            Console.Error.WriteLine("Importen mislykkedes: site.yml kan ikke læses. Intet er skrevet.");
            return 1;
        }
        var refused = new List<ImportOutcome>();
        var files = ArchiveImport.Expand(paths, refused);
        if (date is not null && files.Count + refused.Count > 1)
        {
            return Terminal.Fail($"--dato gælder ét møde, men importen har {files.Count + refused.Count} filer. Importér filen med sin egen --dato.");
        }
        var single = files.Count + refused.Count == 1 && !paths.Any(Directory.Exists);
        var given = new GivenFacts(committee, date, place);
        IReadOnlyList<ImportOutcome> outcomes;
        try
        {
            outcomes = [.. refused, .. Import(site, files, force, given)];
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"fejl: importen stoppede uventet: {exception.GetBaseException().Message}. Filer, der allerede var importeret, er skrevet; resten ikke.");
            return 2;
        }
        if (reportFile is not null)
        {
            File.WriteAllBytes(reportFile, ArchiveImport.Report(outcomes));
        }
        if (single)
        {
            PrintOne(outcomes[0]);
        }
        else
        {
            PrintSummary(outcomes);
        }
        if (reportFile is not null)
        {
            Console.WriteLine($"Oversigten er skrevet til {reportFile}");
        }
        return outcomes.All(o => o.Succeeded) && outcomes.Count > 0 ? 0 : 1;
    }

    private static IReadOnlyList<ImportOutcome> Import(ImportSite site, IReadOnlyList<string> files, bool force, GivenFacts given)
    {
        if (!Terminal.IsInteractive || files.Count < ProgressFrom)
        {
            return ArchiveImport.Run(site, files, force, given);
        }
        IReadOnlyList<ImportOutcome> outcomes = [];
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("Importerer", maxValue: files.Count);
                outcomes = ArchiveImport.Run(site, files, force, given, (done, file) =>
                {
                    task.Value = done;
                    task.Description = Markup.Escape(file.Length > 40 ? "…" + file[^39..] : file);
                });
            });
        return outcomes;
    }

    /// <summary>One file: every warning on its line, then the files written, as for an editor importing one referat.</summary>
    private static void PrintOne(ImportOutcome outcome)
    {
        Terminal.PrintDiagnostics(outcome.Diagnostics);
        if (!outcome.Succeeded)
        {
            Console.Error.WriteLine($"Importen mislykkedes: {outcome.Diagnostics.Count(d => d.Severity == Severity.Error)} fejl, {outcome.Warnings} advarsler. Intet er skrevet.");
            return;
        }
        foreach (var path in outcome.Result.WrittenFiles)
        {
            Console.WriteLine($"Skrev {ContentLoader.DisplayPath(path)}");
        }
        PrintLookAt(outcome);
        Console.WriteLine(
            $"Importeret: {outcome.Result.Items} punkter, {outcome.Warnings} advarsler"
            + (outcome.Result.PageArtefacts > 0 ? $", {outcome.Result.PageArtefacts} sidehoveder, sidefødder og sidetal fjernet" : "")
            + $" → {ContentLoader.DisplayPath(outcome.Result.BundleDirectory!)}");
    }

    /// <summary>
    /// Many files: a table (file → meeting, punkter, warnings, what to look at; or failed and why), then each file's
    /// warnings counted by kind on one line each, those that change meaning first and marked, then the totals.
    /// </summary>
    private static void PrintSummary(IReadOnlyList<ImportOutcome> outcomes)
    {
        var rows = outcomes.Select(o => new[]
        {
            o.File,
            o.Succeeded ? o.Meeting! : "FEJLEDE",
            o.Succeeded ? o.Result.Items.ToString(CultureInfo.InvariantCulture) : "",
            o.Warnings.ToString(CultureInfo.InvariantCulture),
            o.Succeeded ? string.Join(", ", o.Groups.Where(g => g.ChangesMeaning).Select(g => $"{g.Count}× {g.Label}")) : o.Failure ?? "",
        }).ToList();
        var header = new[] { "Fil", "Møde", "Punkter", "Advarsler", "Se efter" };
        var widths = Enumerable.Range(0, 4).Select(c => rows.Select(r => r[c].Length).Append(header[c].Length).Max()).ToArray();
        string Row(string[] cells) =>
            $"{cells[0].PadRight(widths[0])}  {cells[1].PadRight(widths[1])}  {cells[2].PadLeft(widths[2])}  {cells[3].PadLeft(widths[3])}  {cells[4]}".TrimEnd();
        Console.WriteLine(Row(header));
        foreach (var (row, outcome) in rows.Zip(outcomes))
        {
            var line = Row(row);
            WriteLine(line, outcome.Succeeded ? outcome.Groups.Any(g => g.ChangesMeaning) ? "yellow" : null : "red");
        }

        foreach (var outcome in outcomes.Where(o => o.Diagnostics.Count > 0))
        {
            Console.WriteLine();
            Console.WriteLine(outcome.File);
            foreach (var error in outcome.Diagnostics.Where(d => d.Severity == Severity.Error))
            {
                WriteLine($"  fejl: {error.Message.Split('\n')[0]} [{error.Code}] (linje {error.Line})", "red");
            }
            foreach (var group in outcome.Groups)
            {
                var lines = outcome.Diagnostics.Where(d => d.Code == group.Code && d.Severity == Severity.Warning).Select(d => d.Line).Distinct().ToList();
                var where = lines.Count == 1 ? $"linje {lines[0]}" : $"linje {string.Join(", ", lines.Take(6))}{(lines.Count > 6 ? " …" : "")}";
                var text = $"{(group.ChangesMeaning ? "! " : "  ")}{group.Count}× {group.First.Message.Split('\n')[0]} [{group.Code}] ({where})";
                WriteLine("  " + text, group.ChangesMeaning ? "yellow" : null);
            }
        }

        var imported = outcomes.Where(o => o.Succeeded).ToList();
        var failed = outcomes.Count - imported.Count;
        var meaning = imported.Sum(o => o.Groups.Where(g => g.ChangesMeaning).Sum(g => g.Count));
        Console.WriteLine();
        Console.WriteLine(
            $"Importeret: {imported.Count} af {outcomes.Count} filer, {imported.Sum(o => o.Result.Items)} punkter, "
            + $"{imported.Sum(o => o.Warnings)} advarsler ({meaning} at se efter, mærket !)"
            + (failed > 0 ? $"; {failed} fejlede, og for dem er intet skrevet." : "."));
    }

    private static void PrintLookAt(ImportOutcome outcome)
    {
        var groups = outcome.Groups.Where(g => g.ChangesMeaning).ToList();
        if (groups.Count > 0)
        {
            WriteLine("Se efter: " + string.Join(", ", groups.Select(g => $"{g.Count}× {g.Label} [{g.Code}]")), "yellow");
        }
    }

    private static void WriteLine(string text, string? colour)
    {
        if (colour is not null && Terminal.IsInteractive)
        {
            AnsiConsole.MarkupLine($"[{colour}]{Markup.Escape(text)}[/]");
        }
        else
        {
            Console.WriteLine(text);
        }
    }
}
