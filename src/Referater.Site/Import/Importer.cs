using System.Globalization;
using Referater.Site.Content;
using Referater.Site.Validation;

namespace Referater.Site.Import;

public sealed record ImportOptions(string SourceFile, string InputDirectory, bool Force, GivenFacts? Given = null);

public sealed record ImportResult(bool Succeeded, string? BundleDirectory, IReadOnlyList<string> WrittenFiles, int Items, int PageArtefacts)
{
    public static ImportResult Failed { get; } = new(false, null, [], 0, 0);
}

/// <summary>
/// Imports one referat: reads its text, normalises it, parses it into a meeting, writes the bundle to a staging
/// folder, loads it back as the build would, and only then puts it under <c>&lt;input&gt;/&lt;udvalg&gt;/&lt;dato&gt;/</c>.
/// A file that fails leaves nothing behind.
/// </summary>
public static class Importer
{
    public static ImportResult Run(ImportOptions options, DiagnosticBag diagnostics)
    {
        var site = ImportSite.Load(options.InputDirectory, diagnostics);
        return site is null ? ImportResult.Failed : Run(site, options.SourceFile, options.Force, options.Given ?? GivenFacts.None, diagnostics, claimed: null);
    }

    /// <param name="claimed">The meetings an archive run has already written, so that two files of one meeting are told apart.</param>
    public static ImportResult Run(ImportSite site, string sourceFile, bool force, GivenFacts given, DiagnosticBag diagnostics,
        IDictionary<string, string>? claimed)
    {
        var display = ContentLoader.DisplayPath(Path.GetFullPath(sourceFile));
        var log = new ImportLog(display, diagnostics);
        var text = ReferatSource.Read(sourceFile, log);
        if (text is null)
        {
            return ImportResult.Failed;
        }
        var filtered = PageArtefactFilter.Filter(text.Text, text.LineNumbers);
        var lines = new TextNormaliser(site.Vocabulary).Normalise(filtered.Lines);
        var (meeting, committee) = new ReferatParser(site.Config, site.Vocabulary, log, given).Parse(lines, Path.GetFileNameWithoutExtension(sourceFile));
        if (meeting is null || committee is null || diagnostics.HasErrors)
        {
            return ImportResult.Failed;
        }
        var target = Path.Combine(site.Input, committee.Slug, meeting.Facts.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (claimed is not null && claimed.TryGetValue(target, out var earlier))
        {
            log.Error(1, "RS0515",
                $"'{display}' er samme møde ({ContentLoader.DisplayPath(target)}) som '{earlier}', der er importeret i samme kørsel. Importér den ene af dem, "
                + "eller angiv det rigtige møde med --udvalg og --dato, hvis teksten tager fejl.");
            return ImportResult.Failed;
        }
        if (Directory.Exists(target) && Directory.EnumerateFiles(target, "*.md").Any() && !force)
        {
            diagnostics.Error(ContentLoader.DisplayPath(Path.Combine(target, ContentLoader.MeetingFile)), 1, 1, "RS0510",
                $"mødet findes allerede ({ContentLoader.DisplayPath(target)}). Importen overskriver det kun med --force; flyt eller slet mappen, eller kør igen med --force.");
            return ImportResult.Failed;
        }

        // Staged as the content folder has it (udvalg/dato/), so that the loader's checks of the bundle's place hold.
        var stagingRoot = Path.Combine(Path.GetTempPath(), "referater-import", Guid.NewGuid().ToString("N"));
        var staging = Path.Combine(stagingRoot, Path.GetRelativePath(site.Input, target));
        try
        {
            var writer = new BundleWriter(site.Config, log);
            var staged = writer.Write(meeting, committee, staging);
            if (!LoadsCleanly(stagingRoot, staging, site.Config, diagnostics))
            {
                return ImportResult.Failed;
            }
            Directory.CreateDirectory(target);
            foreach (var old in Directory.EnumerateFiles(target, "*.md"))
            {
                File.Delete(old);
            }
            var written = staged.Select(file =>
            {
                var destination = Path.Combine(target, Path.GetFileName(file));
                File.Copy(file, destination, overwrite: true);
                return destination;
            }).ToList();
            claimed?.Add(target, display);
            return new ImportResult(true, target, written, meeting.Items.Length, filtered.Removed);
        }
        finally
        {
            if (Directory.Exists(stagingRoot))
            {
                Directory.Delete(stagingRoot, recursive: true);
            }
        }
    }

    /// <summary>What the import wrote must build: a bundle the loader rejects is reported, not put in place.</summary>
    private static bool LoadsCleanly(string stagingRoot, string staging, SiteConfig config, DiagnosticBag diagnostics)
    {
        var check = new DiagnosticBag();
        // Front matter and the texts both: the texts' own rules (section headings, CPR numbers) run when they are parsed.
        if (new ContentLoader(stagingRoot, check).LoadMeeting(staging, config) is { } meeting && !check.HasErrors)
        {
            MeetingText.Load(meeting, linker: null, check);
        }
        foreach (var problem in check.Sorted().Where(d => d.Severity == Severity.Error))
        {
            diagnostics.Error(problem.File, problem.Line, problem.Column, problem.Code, $"den importerede tekst giver en ugyldig fil: {problem.Message}");
        }
        return !check.HasErrors;
    }
}

/// <summary>The content folder an import writes into: its site.yml and the importer's vocabulary with site.yml's words added.</summary>
public sealed record ImportSite(string Input, SiteConfig Config, ImportVocabulary Vocabulary)
{
    public static ImportSite? Load(string inputDirectory, DiagnosticBag diagnostics)
    {
        var input = Path.GetFullPath(inputDirectory);
        var config = SiteConfigLoader.Load(input, ContentLoader.DisplayPath, diagnostics);
        if (config is null)
        {
            return null;
        }
        var vocabulary = ImportVocabulary.For(config, ContentLoader.DisplayPath(Path.Combine(input, SiteConfigLoader.FileName)), diagnostics);
        return diagnostics.HasErrors ? null : new ImportSite(input, config, vocabulary);
    }
}
