using Referater.Site.Pipeline;

namespace Referater.Site.Publishing;

/// <summary>Attachment files of public punkter, published beside their meeting page. A closed punkt's files never are.</summary>
public sealed class AttachmentFiles : IOutputSource
{
    public IEnumerable<OutputItem> Produce(BuildContext context) =>
        context.Site.Files.Select(file => new CopiedFile(file.Path, file.SourcePath) { Origin = file.ListedAt });
}
