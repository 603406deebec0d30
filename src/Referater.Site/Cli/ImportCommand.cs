using System.CommandLine;
using Referater.Site.Content;
using Referater.Site.Import;
using Referater.Site.Validation;

namespace Referater.Site.Cli;

/// <summary><c>import FILE [--input DIR] [--force]</c>: a referat's text (or PDF) becomes a meeting bundle.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FIL") { Description = "Referatets tekst (.txt eller .md) eller PDF (kræver pdftotext)" };
        var input = CommonOptions.Input();
        var force = new Option<bool>("--force") { Description = "Overskriv et møde, der allerede findes" };
        var command = new Command("import", "Importér et eksisterende referat som et møde i indholdsmappen") { file, input, force };
        command.SetAction(parse => Run(new ImportOptions(parse.GetValue(file)!, parse.GetValue(input)!, parse.GetValue(force))));
        return command;
    }

    public static int Run(ImportOptions options)
    {
        var diagnostics = new DiagnosticBag();
        ImportResult result;
        try
        {
            result = Importer.Run(options, diagnostics);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Terminal.PrintDiagnostics(diagnostics.Sorted());
            Console.Error.WriteLine($"fejl: importen kunne ikke skrive eller læse en fil: {exception.Message}");
            return 1;
        }
        catch (Exception exception)
        {
            Terminal.PrintDiagnostics(diagnostics.Sorted());
            Console.Error.WriteLine($"fejl: importen stoppede uventet: {exception.GetBaseException().Message}. Indholdsmappen er ikke ændret.");
            return 2;
        }
        Terminal.PrintDiagnostics(diagnostics.Sorted());
        var warnings = diagnostics.Count(Severity.Warning);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"Importen mislykkedes: {diagnostics.Count(Severity.Error)} fejl, {warnings} advarsler. Intet er skrevet.");
            return 1;
        }
        foreach (var path in result.WrittenFiles)
        {
            Console.WriteLine($"Skrev {ContentLoader.DisplayPath(path)}");
        }
        Console.WriteLine(
            $"Importeret: {result.Items} punkter, {warnings} advarsler"
            + (result.PageArtefacts > 0 ? $", {result.PageArtefacts} sidehoveder, sidefødder og sidetal fjernet" : "")
            + $" → {ContentLoader.DisplayPath(result.BundleDirectory!)}");
        return 0;
    }
}
