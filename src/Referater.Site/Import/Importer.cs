using Referater.Site.Content;
using Referater.Site.Validation;

namespace Referater.Site.Import;

public sealed record ImportOptions(string SourceFile, string InputDirectory, bool Force);

public sealed record ImportResult(bool Succeeded, string? BundleDirectory, IReadOnlyList<string> WrittenFiles, int Items, int PageArtefacts);

/// <summary>
/// Imports one referat: reads its text, parses it into a meeting, writes the bundle to a staging folder, loads it
/// back as the build would, and only then puts it under <c>&lt;input&gt;/&lt;udvalg&gt;/&lt;dato&gt;/</c>.
/// </summary>
public static class Importer
{
    public static ImportResult Run(ImportOptions options, DiagnosticBag diagnostics)
    {
        var failed = new ImportResult(false, null, [], 0, 0);
        var input = Path.GetFullPath(options.InputDirectory);
        var config = SiteConfigLoader.Load(input, ContentLoader.DisplayPath, diagnostics);
        var log = new ImportLog(ContentLoader.DisplayPath(Path.GetFullPath(options.SourceFile)), diagnostics);
        if (config is null)
        {
            return failed;
        }
        var text = ReferatSource.Read(options.SourceFile, log);
        if (text is null)
        {
            return failed;
        }
        var filtered = PageArtefactFilter.Filter(text);
        var (meeting, committee) = new ReferatParser(config, log).Parse(filtered.Lines);
        if (meeting is null || committee is null)
        {
            return failed;
        }
        var target = Path.Combine(input, committee.Slug, meeting.Facts.Date!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (Directory.Exists(target) && Directory.EnumerateFiles(target, "*.md").Any() && !options.Force)
        {
            diagnostics.Error(ContentLoader.DisplayPath(Path.Combine(target, ContentLoader.MeetingFile)), 1, 1, "RS0510",
                $"mødet findes allerede ({ContentLoader.DisplayPath(target)}). Importen overskriver det kun med --force; flyt eller slet mappen, eller kør igen med --force.");
            return failed;
        }

        // Staged as the content folder has it (udvalg/dato/), so that the loader's checks of the bundle's place hold.
        var stagingRoot = Path.Combine(Path.GetTempPath(), "referater-import", Guid.NewGuid().ToString("N"));
        var staging = Path.Combine(stagingRoot, Path.GetRelativePath(input, target));
        try
        {
            var writer = new BundleWriter(config, log);
            var staged = writer.Write(meeting, committee, staging);
            if (!LoadsCleanly(staging, config, diagnostics))
            {
                return failed;
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
    private static bool LoadsCleanly(string staging, SiteConfig config, DiagnosticBag diagnostics)
    {
        var check = new DiagnosticBag();
        new ContentLoader(staging, check).LoadMeeting(staging, config);
        foreach (var problem in check.Sorted().Where(d => d.Severity == Severity.Error))
        {
            diagnostics.Error(problem.File, problem.Line, problem.Column, problem.Code, $"den importerede tekst giver en ugyldig fil: {problem.Message}");
        }
        return !check.HasErrors;
    }
}
