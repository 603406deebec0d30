using System.Collections.Immutable;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Referater.Site.Validation;

namespace Referater.Site.Content;

/// <summary>
/// A meeting as the loader made it from its folder, without its closed punkter, with the problems it reported (as the
/// log showed them), and the key of everything it was made from.
/// </summary>
public sealed record LoadedMeeting(string Key, Meeting Meeting, ImmutableArray<Diagnostic> Problems)
{
    /// <summary>
    /// The size and time of writing of every file the key was made from (<see cref="LoadedMeetingKey.Stamps"/>): while
    /// they are the same, the key is too, and the next build reads none of the files to know it. Null when a file was
    /// written too shortly before the build began for its time to tell a later write from it.
    /// </summary>
    public string? Stamps { get; init; }
}

/// <summary>
/// Meetings loaded by an earlier build (the build cache): a meeting whose folder did not change is taken as it was,
/// its problems reported again, instead of its front matter being parsed again. A closed punkt is never kept, as its
/// metadata hold what may not be published: it is read again from its file.
/// </summary>
public interface ILoadedMeetings
{
    /// <summary>The meeting an earlier build loaded from the folder, whatever its files hold now.</summary>
    LoadedMeeting? PreviouslyLoaded(string folder);

    void Record(string folder, LoadedMeeting meeting);
}

/// <summary>What loading a meeting reads: every file below its folder (name, kind and content), where the editor sees it, and site.yml.</summary>
public static class LoadedMeetingKey
{
    /// <param name="files">Every file below the folder, by full path, in a stable order.</param>
    /// <param name="texts">Gets the bytes of each Markdown file read for the key, so that a meeting loaded after all reads each file once.</param>
    /// <returns>Null when a file cannot be read as a text: the meeting is then loaded as usual, and the problem reported there.</returns>
    public static string? Of(string folder, string displayFolder, string configDigest, IEnumerable<string> files, Dictionary<string, byte[]> texts)
    {
        var hash = new XxHash128();
        Append(hash, folder);
        Append(hash, displayFolder);
        Append(hash, configDigest);
        try
        {
            foreach (var file in files)
            {
                Append(hash, Path.GetRelativePath(folder, file));
                if (file.EndsWith(".md", StringComparison.Ordinal))
                {
                    if (SourceText.ReadBytes(file, file, new DiagnosticBag()) is not { } bytes)
                    {
                        return null;
                    }
                    texts[file] = bytes;
                    hash.Append(XxHash128.Hash(bytes));
                }
                else if (InputFiles.KindOf(file) is var kind && kind == EntryKind.File)
                {
                    Append(hash, FileDigests.Of(file));
                }
                else
                {
                    Append(hash, kind.ToString());
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>
    /// What the key is made from, as the file system describes it without reading a file: the folder, site.yml's digest,
    /// and every file's name, kind, size and time of writing. Trusted as git's index trusts a file's size and time: a file
    /// written at or after <paramref name="trustedBefore"/> (shortly before this build began) could be written again
    /// within the same tick of the clock, with the same size, so a folder holding one has no stamps (null), and its files
    /// are read.
    /// </summary>
    /// <remarks>
    /// The times are compared with this machine's clock, which is the file system's on a local disk or a CI
    /// checkout; a file replaced by another of the same size and time (which an editor's tools do not make) is not seen,
    /// as git does not see it when it does not compare inodes.
    /// </remarks>
    public static string? Stamps(string folder, string displayFolder, string configDigest, IEnumerable<string> files, DateTime trustedBefore)
    {
        var hash = new XxHash128();
        Append(hash, folder);
        Append(hash, displayFolder);
        Append(hash, configDigest);
        foreach (var file in files)
        {
            Append(hash, Path.GetRelativePath(folder, file));
            var status = FileStatus.Of(file);
            Append(hash, status.Kind.ToString());
            if (status.Kind == EntryKind.File)
            {
                if (status.WrittenUtc >= trustedBefore)
                {
                    return null;
                }
                Append(hash, status.Length.ToString(CultureInfo.InvariantCulture));
                Append(hash, status.WrittenUtc.Ticks.ToString(CultureInfo.InvariantCulture));
            }
        }
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    private static void Append(XxHash128 hash, string text)
    {
        hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        hash.Append([0, 0]);
    }
}
