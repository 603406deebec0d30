using System.IO.Enumeration;

namespace Referater.Site.Content;

/// <summary>
/// The files and folders below the input folder, found without following symbolic links: a linked folder could lead
/// outside the content, or back into itself (a loop would list the same meetings again and again). Linked folders are
/// listed so that they can be reported; nothing below them is read.
/// </summary>
public sealed class InputTree
{
    private InputTree(IReadOnlyList<string> files, IReadOnlyList<string> linkedFolders)
    {
        Files = files;
        LinkedFolders = linkedFolders;
    }

    /// <summary>Every file (and link to something that is not a folder), by full path, in a stable order.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Symbolic links to folders, and links that lead nowhere (a loop), which the build does not enter. A link to a file is listed with the files and refused where it is read.</summary>
    public IReadOnlyList<string> LinkedFolders { get; }

    public static InputTree Scan(string root)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
        var files = new List<string>();
        var linkedFolders = new List<string>();
        var entries = new FileSystemEnumerable<(string Path, bool IsDirectory, bool IsLink)>(
            root,
            (ref FileSystemEntry entry) => (entry.ToFullPath(), entry.IsDirectory, (entry.Attributes & FileAttributes.ReparsePoint) != 0),
            options)
        {
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        foreach (var (path, isDirectory, isLink) in entries)
        {
            if (isLink && (isDirectory || !File.Exists(path)) && !path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                linkedFolders.Add(path);
            }
            else if (!isDirectory)
            {
                files.Add(path);
            }
        }
        files.Sort(StringComparer.Ordinal);
        linkedFolders.Sort(StringComparer.Ordinal);
        return new InputTree(files, linkedFolders);
    }
}
