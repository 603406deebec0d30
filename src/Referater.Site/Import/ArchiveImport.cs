using System.Globalization;
using Referater.Site.Content;
using Referater.Site.Validation;

namespace Referater.Site.Import;

/// <summary>Warnings of one kind in one file: how many, the first as an example, and whether they change what the text means.</summary>
public sealed record WarningGroup(string Code, int Count, Diagnostic First, bool ChangesMeaning)
{
    public string Label => ImportWarnings.Label(Code);
}

/// <summary>How one file of an archive run went: the meeting it became, or why it failed (and then nothing was written).</summary>
public sealed record ImportOutcome(string File, ImportResult Result, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Result.Succeeded;

    /// <summary>The meeting's folder under the content folder, e.g. <c>byraadet/2019-11-14</c>.</summary>
    public string? Meeting => Result.BundleDirectory is { } folder
        ? $"{Path.GetFileName(Path.GetDirectoryName(folder))}/{Path.GetFileName(folder)}"
        : null;

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    public IReadOnlyList<WarningGroup> Groups => ImportWarnings.Group(Diagnostics);

    /// <summary>Why the file failed: its first error, first line of it.</summary>
    public string? Failure => Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error)?.Message.Split('\n')[0];
}

/// <summary>The warnings an editor must look at before publishing: those that mean content was moved, renumbered or guessed.</summary>
public static class ImportWarnings
{
    private static readonly Dictionary<string, string> MeaningChanging = new(StringComparer.Ordinal)
    {
        ["RS0514"] = "ingen punkter fundet",
        ["RS0521"] = "overskrift beholdt som tekst",
        ["RS0522"] = "punkt nummereret efter sin plads",
        ["RS0527"] = "titel gættet",
        ["RS0528"] = "indholdsfortegnelsen passer ikke med punkterne",
        ["RS0529"] = "måske lukket punkt importeret som lukket",
        ["RS0532"] = "ukendt afsnit",
        ["RS0533"] = "punkter kun fra indholdsfortegnelsen",
        ["RS0534"] = "udvalg eller dato læst af beslutningerne",
        ["RS0535"] = "kommandolinjen siger andet end teksten",
        ["RS0536"] = "dato sat sammen uden årstal",
        ["RS0537"] = "udvalg eller dato læst af godkendelsen af dagsordenen",
    };

    public static bool ChangesMeaning(string code) => MeaningChanging.ContainsKey(code);

    public static string Label(string code) => MeaningChanging.TryGetValue(code, out var label) ? label : code;

    /// <summary>Warnings by code, those that change meaning first, each group once with its count.</summary>
    public static IReadOnlyList<WarningGroup> Group(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Where(d => d.Severity == Severity.Warning)
            .GroupBy(d => d.Code)
            .Select(g => new WarningGroup(g.Key, g.Count(), g.First(), ChangesMeaning(g.Key)))
            .OrderByDescending(g => g.ChangesMeaning)
            .ThenBy(g => g.Code, StringComparer.Ordinal)];
}

/// <summary>
/// Imports a whole archive in one run: every referat among the files and folders given (folders searched through),
/// one after the other into the same content folder. A file that fails leaves nothing behind and does not stop
/// the others; two files that are the same meeting are told apart.
/// </summary>
public static class ArchiveImport
{
    /// <summary>The files to import: each file named, and every supported file in each folder named, in name order.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, List<ImportOutcome> refused)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    .Where(ReferatSource.IsSupported)
                    .Where(f => !Path.GetRelativePath(path, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
                    .Order(StringComparer.Ordinal));
            }
            else if (!File.Exists(path) || !ReferatSource.IsSupported(path))
            {
                // The reader says why (missing, or a kind of file it does not read), located at the file.
                var diagnostics = new DiagnosticBag();
                ReferatSource.Read(path, new ImportLog(ContentLoader.DisplayPath(Path.GetFullPath(path)), diagnostics));
                refused.Add(new ImportOutcome(ContentLoader.DisplayPath(Path.GetFullPath(path)), ImportResult.Failed, diagnostics.Sorted()));
            }
            else
            {
                files.Add(path);
            }
        }
        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    public static IReadOnlyList<ImportOutcome> Run(ImportSite site, IReadOnlyList<string> files, bool force, GivenFacts given, Action<int, string>? progress = null)
    {
        var outcomes = new List<ImportOutcome>(files.Count);
        var claimed = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var k = 0; k < files.Count; k++)
        {
            var display = ContentLoader.DisplayPath(Path.GetFullPath(files[k]));
            progress?.Invoke(k, display);
            var diagnostics = new DiagnosticBag();
            ImportResult result;
            try
            {
                result = Importer.Run(site, files[k], force, given, diagnostics, claimed);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(display, 1, 1, "RS0507", $"filen kunne ikke læses eller skrives: {exception.Message}");
                result = ImportResult.Failed;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // One file the importer cannot cope with must not stop an archive of thousands; it is reported and skipped.
                diagnostics.Error(display, 1, 1, "RS0508",
                    $"importen stoppede uventet ved denne fil ({exception.GetBaseException().Message}). Intet er skrevet for den; gem teksten som .txt, og prøv igen.");
                result = ImportResult.Failed;
            }
            outcomes.Add(new ImportOutcome(display, result, diagnostics.Sorted()));
        }
        progress?.Invoke(files.Count, "");
        return outcomes;
    }

    /// <summary>The summary as CSV (RFC 4180, UTF-8 with BOM): one row per file, as the terminal shows it.</summary>
    public static byte[] Report(IEnumerable<ImportOutcome> outcomes)
    {
        var table = new Publishing.CsvTable("fil", "status", "møde", "punkter", "advarsler", "se_efter", "advarsler_i_alt", "fejl");
        foreach (var outcome in outcomes)
        {
            table.Row(
                outcome.File,
                outcome.Succeeded ? "importeret" : "fejlet",
                outcome.Meeting,
                outcome.Succeeded ? outcome.Result.Items.ToString(CultureInfo.InvariantCulture) : null,
                outcome.Warnings.ToString(CultureInfo.InvariantCulture),
                string.Join("; ", outcome.Groups.Where(g => g.ChangesMeaning).Select(g => $"{g.Count}× {g.Label} [{g.Code}]")),
                string.Join("; ", outcome.Groups.Select(g => $"{g.Count}× {g.Code}")),
                outcome.Failure);
        }
        return table.ToBytes();
    }
}
