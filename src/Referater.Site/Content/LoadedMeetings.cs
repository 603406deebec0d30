using System.Collections.Immutable;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Referater.Site.Validation;

namespace Referater.Site.Content;

/// <summary>
/// A meeting as the loader made it from its folder, without its closed punkter, with the problems it reported (as the
/// log showed them), and the key of everything it was made from.
/// </summary>
public sealed record LoadedMeeting(string Key, Meeting Meeting, ImmutableArray<Diagnostic> Problems);

/// <summary>
/// Meetings loaded by an earlier build (the build cache): a meeting whose folder did not change is taken as it was,
/// its problems reported again, instead of its front matter being parsed again. A closed punkt is never kept, as its
/// metadata hold what may not be published: it is read again from its file.
/// </summary>
public interface ILoadedMeetings
{
    LoadedMeeting? PreviousMeeting(string folder, string key);

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

    private static void Append(XxHash128 hash, string text)
    {
        hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        hash.Append([0, 0]);
    }
}
