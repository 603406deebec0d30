using System.Text;
using Referater.Site.Content;

namespace Referater.Benchmarks.Corpus;

/// <summary>Writes a corpus in the content format editors write: <c>site.yml</c> and one bundle per meeting.</summary>
public static class ContentFormatWriter
{
    public static CorpusFiles Write(Corpus corpus, string directory)
    {
        var files = new CorpusFiles(directory, "site.yml");
        files.Write("site.yml", SiteYaml(corpus));
        foreach (var meeting in corpus.Meetings)
        {
            files.Write($"{meeting.Folder}/{ContentLoader.MeetingFile}", MeetingFile(meeting));
            foreach (var item in meeting.Items)
            {
                files.Write($"{meeting.Folder}/{item.Number}-{Slugs.From(item.Title, maxWords: 8)}.md", ItemFile(item));
            }
        }
        return files;
    }

    private static string SiteYaml(Corpus corpus) =>
        $"kommune: {corpus.Municipality}\nurl: {corpus.BaseUrl}\n"
        + "tilgængelighedserklæring: https://www.was.digst.dk/referater-benchmarkby-dk\nudvalg:\n"
        + string.Concat(corpus.Committees.Select(c => $"  - slug: {c.Slug}\n    navn: {c.Name}\n    kode: {c.Code}\n"))
        + "koder:\n  DIR: Direktionen\n"
        + string.Concat(corpus.Committees.Select(c => $"  {c.Code}: {c.Name}\n"));

    private static string MeetingFile(CorpusMeeting meeting)
    {
        var text = new StringBuilder("---\n");
        text.Append($"udvalg: {meeting.Committee.Slug}\ndato: {meeting.Date:yyyy-MM-dd}\ntid: \"{Time(meeting)}\"\nsted: {CorpusFiles.Quote(Place(meeting))}\n");
        text.Append($"type: {(meeting.IsAgenda ? "dagsorden" : "referat")}\n");
        if (meeting.Absentees.Count > 0)
        {
            text.Append($"fraværende: {CorpusFiles.QuotedList(meeting.Absentees)}\n");
        }
        text.Append($"kommunikation: [{string.Join(", ", meeting.Columns)}]\n---\n");
        return text.ToString();
    }

    private static string ItemFile(CorpusItem item)
    {
        var text = new StringBuilder("---\n");
        text.Append($"nummer: {item.Number}\ntitel: {CorpusFiles.Quote(item.Title)}\nsagsnummer: {item.CaseNumber}\n");
        if (item.Marked is { } marked)
        {
            text.Append($"kommunikation: [{string.Join(", ", marked)}]\n");
        }
        text.Append($"sagsbehandler: {CorpusFiles.Quote(item.Caseworker)}\n");
        if (item.OtherCaseworkers.Count > 0)
        {
            text.Append($"øvrige_sagsbehandlere: {CorpusFiles.QuotedList(item.OtherCaseworkers)}\n");
        }
        if (item.IsClosed)
        {
            text.Append("lukket: true\n");
            if (item.PublicDecision is { } decision)
            {
                text.Append($"beslutning_offentlig: {CorpusFiles.Quote(decision)}\n");
            }
        }
        if (item.Attachments.Count > 0)
        {
            text.Append("bilag:\n");
            foreach (var attachment in item.Attachments)
            {
                text.Append($"  - titel: {CorpusFiles.Quote(attachment)}\n");
            }
        }
        text.Append("---\n");
        foreach (var section in item.Sections)
        {
            text.Append($"## {section.Heading}\n\n{section.Markdown}\n\n");
        }
        return text.ToString();
    }

    internal static string Time(CorpusMeeting meeting) => meeting.Committee.Code == "BYR" ? "18:00" : "13:30";

    internal static string Place(CorpusMeeting meeting) => meeting.Committee.Code == "BYR" ? "Byrådssalen" : "Rådhuset, mødelokale 2";
}
