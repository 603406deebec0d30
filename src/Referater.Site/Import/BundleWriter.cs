using System.Globalization;
using System.Text;
using Referater.Site.Content;

namespace Referater.Site.Import;

/// <summary>Writes an imported meeting as a bundle in the content format: <c>index.md</c> and one <c>NN-titel.md</c> per punkt.</summary>
public sealed class BundleWriter(SiteConfig config, ImportLog log)
{
    private const int MaxSlugLength = 60;

    private static readonly HashSet<string> TrailingSmallWords =
        new(StringComparer.Ordinal) { "og", "i", "paa", "om", "til", "for", "af", "fra", "med", "den", "det", "de", "en", "et", "ved" };

    /// <summary>The file name of a punkt: its number and the first words of its title, cut where a word ends.</summary>
    public static string FileName(int number, string title)
    {
        var words = Slugs.From(title).Split('-', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && string.Join('-', words).Length > MaxSlugLength)
        {
            words.RemoveAt(words.Count - 1);
        }
        while (words.Count > 1 && TrailingSmallWords.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }
        return words.Count == 0 ? $"{number}.md" : $"{number}-{string.Join('-', words)}.md";
    }

    /// <summary>Writes the files into <paramref name="folder"/> and returns their paths in the order written.</summary>
    public IReadOnlyList<string> Write(ImportedMeeting meeting, Committee committee, string folder)
    {
        Directory.CreateDirectory(folder);
        var columns = MeetingColumns(meeting);
        var written = new List<string>();
        var index = Path.Combine(folder, ContentLoader.MeetingFile);
        File.WriteAllText(index, MeetingText(meeting.Facts, committee, columns), new UTF8Encoding(false));
        written.Add(index);
        foreach (var item in meeting.Items)
        {
            var path = Path.Combine(folder, FileName(item.Number, item.Title));
            File.WriteAllText(path, ItemText(item, columns), new UTF8Encoding(false));
            written.Add(path);
        }
        return written;
    }

    /// <summary>The meeting's grid is the one most of its punkter show; a punkt with another set keeps its own.</summary>
    private static IReadOnlyList<string> MeetingColumns(ImportedMeeting meeting) =>
        meeting.Items.Where(i => i.Grid is { Columns.Length: > 0 })
            .GroupBy(i => string.Join(' ', i.Grid!.Columns))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(i => i.Number))
            .Select(g => (IReadOnlyList<string>)g.First().Grid!.Columns)
            .FirstOrDefault() ?? [];

    private static string MeetingText(MeetingFacts facts, Committee committee, IReadOnlyList<string> columns)
    {
        var text = new StringBuilder("---\n");
        text.Append("udvalg: ").Append(committee.Slug).Append('\n');
        text.Append("dato: ").Append(facts.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        if (facts.Time is { } time)
        {
            text.Append("tid: \"").Append(time.ToString("HH':'mm", CultureInfo.InvariantCulture)).Append("\"\n");
        }
        if (facts.Place is { Length: > 0 } place)
        {
            text.Append("sted: ").Append(YamlText.Scalar(place)).Append('\n');
        }
        text.Append("type: ").Append(facts.Kind == MeetingKind.Dagsorden ? "dagsorden" : "referat").Append('\n');
        if (facts.Absentees.Length > 0)
        {
            text.Append("fraværende: ").Append(YamlText.List(facts.Absentees)).Append('\n');
        }
        if (columns.Count > 0)
        {
            text.Append("kommunikation: ").Append(YamlText.List(columns)).Append('\n');
        }
        text.Append("---\n");
        if (facts.IntroLines.Length > 0)
        {
            text.Append(string.Join("\n\n", facts.IntroLines)).Append('\n');
        }
        return text.ToString();
    }

    private string ItemText(ImportedItem item, IReadOnlyList<string> meetingColumns)
    {
        var text = new StringBuilder("---\n");
        text.Append("nummer: ").Append(item.Number.ToString(CultureInfo.InvariantCulture)).Append('\n');
        text.Append("titel: ").Append(YamlText.Scalar(item.Title)).Append('\n');
        if (item.CaseNumber is { } caseNumber)
        {
            if (config.IsValidCaseNumber(caseNumber))
            {
                text.Append("sagsnummer: ").Append(YamlText.Scalar(caseNumber)).Append('\n');
            }
            else
            {
                // Kept where the editor sees it, but out of the build's way until site.yml accepts the form.
                text.Append("# sagsnummer: ").Append(caseNumber).Append('\n');
                log.Warn(item.Line, "RS0526",
                    $"punkt {item.Number}: sagsnummeret '{caseNumber}' er hverken et KLE-nummer eller passer til sagsnummer_mønster i site.yml. Det står som kommentar i punktets fil; tilføj et sagsnummer_mønster i site.yml, og fjern '# ' foran linjen.");
            }
        }
        if (item.Grid is { } grid)
        {
            if (!grid.Columns.SequenceEqual(meetingColumns))
            {
                text.Append("kommunikation_kolonner: ").Append(YamlText.List(grid.Columns)).Append('\n');
            }
            if (grid.Marked is { } marked)
            {
                text.Append("kommunikation: ").Append(YamlText.List(marked)).Append('\n');
            }
        }
        if (item.Caseworker is { } caseworker)
        {
            text.Append("sagsbehandler: ").Append(YamlText.Scalar(caseworker)).Append('\n');
        }
        if (item.OtherCaseworkers.Length > 0)
        {
            text.Append("øvrige_sagsbehandlere: ").Append(YamlText.List(item.OtherCaseworkers)).Append('\n');
        }
        if (item.IsClosed)
        {
            text.Append("lukket: true\n");
        }
        if (item.Attachments.Length > 0)
        {
            text.Append("bilag:\n");
            foreach (var attachment in item.Attachments)
            {
                text.Append("  - titel: ").Append(YamlText.Scalar(attachment)).Append('\n');
            }
        }
        text.Append("---\n");
        var body = string.Join("\n\n", item.Sections.Select(s => s.Heading.Length == 0 ? s.Markdown : $"## {s.Heading}\n\n{s.Markdown}".TrimEnd('\n')));
        if (body.Length > 0)
        {
            text.Append(body).Append('\n');
        }
        return text.ToString();
    }
}
