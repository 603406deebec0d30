using Referater.Site.Content;

namespace Referater.Site.Pipeline;

/// <summary>A digest of a meeting folder's files: every Markdown file's bytes, and each attachment's name and size (what its pages show of it).</summary>
public static class MeetingFiles
{
    /// <summary>The Markdown files the meeting was read from count by the digest of the bytes read (<see cref="Meeting.FilesRead"/>); any other is read here.</summary>
    public static string Digest(Meeting meeting)
    {
        var parts = new List<object>();
        foreach (var path in Directory.EnumerateFiles(meeting.SourceDirectory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            parts.Add(name);
            // Only plain files are read: a link or a pipe is refused by the loader, and must not be followed here either.
            var status = FileStatus.Of(path);
            if (status.Kind != EntryKind.File)
            {
                continue;
            }
            parts.Add(!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? status.Length
                : meeting.FilesRead.TryGetValue(name, out var read) ? read
                : System.IO.Hashing.XxHash128.Hash(File.ReadAllBytes(path)));
        }
        return Fingerprint.Of(parts);
    }
}
