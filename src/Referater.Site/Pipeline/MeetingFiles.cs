using Referater.Site.Content;

namespace Referater.Site.Pipeline;

/// <summary>A digest of a meeting folder's files: every Markdown file's bytes, and each attachment's name and size (what its pages show of it).</summary>
public static class MeetingFiles
{
    public static string Digest(string folder)
    {
        var parts = new List<object>();
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            // Only plain files are read: a link or a pipe is refused by the loader, and must not be followed here either.
            if (InputFiles.KindOf(path) != EntryKind.File)
            {
                parts.Add(Path.GetFileName(path));
                continue;
            }
            parts.Add(Path.GetFileName(path));
            parts.Add(path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? File.ReadAllBytes(path) : new FileInfo(path).Length);
        }
        return Fingerprint.Of(parts);
    }
}
