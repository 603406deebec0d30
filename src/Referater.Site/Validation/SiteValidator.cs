using Referater.Site.Content;

namespace Referater.Site.Validation;

/// <summary>Rules over the whole loaded site, after each file has been checked on its own.</summary>
public static class SiteValidator
{
    public static void Validate(Content.Site site, DiagnosticBag diagnostics)
    {
        foreach (var meeting in site.Meetings)
        {
            if (meeting.Items.IsEmpty)
            {
                diagnostics.Warning(ContentLoader.DisplayPath(Path.Combine(meeting.SourceDirectory, ContentLoader.MeetingFile)), 1, 1, "RS0050",
                    "mødet har ingen punkter. Læg en .md-fil pr. punkt i mødets mappe.");
            }
        }
        ReportCaseNumbersSharingAnAddress(site, diagnostics);
    }

    /// <summary>Each case has a page at /sager/&lt;slug&gt;/: two numbers that differ only in characters a URL cannot carry would share it.</summary>
    private static void ReportCaseNumbersSharingAnAddress(Content.Site site, DiagnosticBag diagnostics)
    {
        // Without regard to case: a host or a file system that does not tell 'A' from 'a' would give the two one page.
        var first = new Dictionary<string, (string Value, string File)>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in site.AgendaItems.Where(i => !i.IsClosed && i.CaseNumber is not null))
        {
            var number = item.CaseNumber!;
            if (!first.TryGetValue(number.Slug, out var earlier))
            {
                first[number.Slug] = (number.Value, item.SourceFile);
            }
            else if (earlier.Value != number.Value)
            {
                diagnostics.Error(ContentLoader.DisplayPath(item.SourceFile), LineOfKey(item.SourceFile, "sagsnummer"), 1, "RS0052",
                    $"sagsnummeret '{number.Value}' får samme adresse ({number.Url}) som '{earlier.Value}' i {ContentLoader.DisplayPath(earlier.File)}. Skriv sagsnummeret præcis som i den anden sag, hvis det er samme sag.");
            }
        }
    }

    /// <summary>Only read when a rule fails, to point at the key an editor must change.</summary>
    private static int LineOfKey(string file, string key)
    {
        var lines = File.ReadLines(file).Select((text, index) => (text, index)).FirstOrDefault(l => l.text.StartsWith(key + ":", StringComparison.Ordinal));
        return lines.text is null ? 1 : lines.index + 1;
    }
}
