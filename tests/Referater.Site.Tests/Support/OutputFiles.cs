using System.IO.Compression;

namespace Referater.Site.Tests.Support;

/// <summary>Every file of a built site as the bytes a reader could get at: gzip-compressed files (search index chunks) are unpacked.</summary>
public static class OutputFiles
{
    public static IEnumerable<(string Path, byte[] Content)> Readable(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (System.IO.Path.GetRelativePath(directory, path), Unpack(File.ReadAllBytes(path))));

    /// <summary>Unpacks gzip however deep it is nested, whatever the file is called.</summary>
    public static byte[] Unpack(byte[] content)
    {
        while (content.Length > 2 && content[0] == 0x1f && content[1] == 0x8b)
        {
            using var gzip = new GZipStream(new MemoryStream(content), CompressionMode.Decompress);
            using var unpacked = new MemoryStream();
            gzip.CopyTo(unpacked);
            content = unpacked.ToArray();
        }
        return content;
    }

    /// <summary>Where an ASCII marker occurs in a file's bytes, ignoring case (slugs and ids lower-case text).</summary>
    public static bool Contains(byte[] content, string marker)
    {
        var needle = System.Text.Encoding.ASCII.GetBytes(marker.ToLowerInvariant());
        var lowered = new byte[content.Length];
        for (var i = 0; i < content.Length; i++)
        {
            lowered[i] = content[i] is >= (byte)'A' and <= (byte)'Z' ? (byte)(content[i] + 32) : content[i];
        }
        return lowered.AsSpan().IndexOf(needle) >= 0;
    }
}
