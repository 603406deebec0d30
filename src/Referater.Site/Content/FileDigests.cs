using System.Collections.Concurrent;
using System.IO.Hashing;

namespace Referater.Site.Content;

/// <summary>
/// Digests of files on disk, read as streams (attachments may be large) and remembered in this process by path, size and
/// time: an attachment is read once however many steps (the loader's cache, OParl's checksums) ask for it, and not at all
/// when an earlier build recorded it.
/// </summary>
public static class FileDigests
{
    private static readonly ConcurrentDictionary<(string Path, long Length, DateTime Written), string> Known = new();

    public static string Of(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return Read(path);
        }
        return Known.GetOrAdd((file.FullName, file.Length, file.LastWriteTimeUtc), key => Read(key.Path));
    }

    /// <summary>
    /// The time before which a file's time of writing is trusted by a build that began at <paramref name="started"/>: a
    /// file written later could be written again within the same tick of a file system's coarsest clock (two seconds),
    /// with the same size, and is read instead.
    /// </summary>
    public static DateTime TrustedBefore(DateTime started) => started - TimeSpan.FromSeconds(2);

    /// <summary>
    /// Takes the digest an earlier build recorded (the build cache) for the file at that size and time of writing, so that
    /// an attachment that did not change is not read again; trusted as the loader trusts a meeting folder's stamps
    /// (<see cref="LoadedMeetingKey.Stamps"/>).
    /// </summary>
    public static void Remember(string path, long length, DateTime written, string digest) => Known.TryAdd((path, length, written), digest);

    private static string Read(string path)
    {
        var hash = new XxHash128();
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        hash.Append(stream);
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}
