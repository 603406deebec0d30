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
            foreach (var item in meeting.Items.Where(i => !i.IsClosed && i.Decision is null && meeting.Kind == MeetingKind.Referat && i.Sections.Length > 0))
            {
                diagnostics.Info(ContentLoader.DisplayPath(item.SourceFile), 1, 1, "RS0051",
                    $"punkt {item.Number} har intet afsnit '## Beslutning'. Er beslutningen glemt?");
            }
        }
    }
}
