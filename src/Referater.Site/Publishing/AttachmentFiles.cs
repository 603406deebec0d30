using Referater.Site.Pipeline;

namespace Referater.Site.Publishing;

/// <summary>Attachment files of public punkter, published beside their meeting page. A closed punkt's files never are.</summary>
public sealed class AttachmentFiles : IOutputSource
{
    public IEnumerable<OutputItem> Produce(BuildContext context) =>
        context.Site.Meetings
            .SelectMany(meeting => meeting.Items
                .Where(item => !item.IsClosed)
                .SelectMany(item => item.Attachments)
                .Where(attachment => attachment.File is not null)
                .Select(attachment => (OutputItem)new CopiedFile(
                    meeting.Url.TrimStart('/') + attachment.File,
                    Path.Combine(meeting.SourceDirectory, attachment.File!))))
            .DistinctBy(file => file.Path, StringComparer.Ordinal);
}
