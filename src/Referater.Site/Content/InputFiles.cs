namespace Referater.Site.Content;

/// <summary>Why an input file cannot be read: the code, the words that complete "'fil' …", and whether it is simply not there.</summary>
public sealed record InputFileProblem(string Code, string Text, bool IsMissing = false);

/// <summary>What an entry of the file system is, read without following a symbolic link.</summary>
public enum EntryKind
{
    Missing,
    File,
    Directory,
    SymbolicLink,

    /// <summary>A named pipe, a device or a socket: reading one can block forever or never end.</summary>
    Special,
}

/// <summary>
/// The files of the input folder the build may read. Content arrives by pull request and Git stores symbolic links,
/// so a link named as an attachment or logo could publish any file of the build machine (its environment, its keys);
/// a named pipe or a device would hang the build. Only plain files inside the input folder, reached through plain
/// folders, are read.
/// </summary>
public static class InputFiles
{
    public const string LinkCode = "RS0600";
    public const string SpecialCode = "RS0601";

    /// <summary>The kind of an entry, its link itself when it is a link.</summary>
    public static EntryKind KindOf(string path) => FileStatus.Of(path).Kind;

    /// <summary>
    /// Why a path may not be read as an input file, in words that complete "'fil' …", or null when it is a plain file
    /// inside <paramref name="root"/> reached through plain folders.
    /// </summary>
    public static InputFileProblem? Problem(string root, string path)
    {
        root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        var full = Path.GetFullPath(path);
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return new(LinkCode, "ligger uden for indholdsmappen");
        }
        var parts = full[(root.Length + 1)..].Split(Path.DirectorySeparatorChar);
        var current = root;
        for (var i = 0; i < parts.Length; i++)
        {
            current = Path.Combine(current, parts[i]);
            var kind = KindOf(current);
            var last = i == parts.Length - 1;
            switch (kind)
            {
                case EntryKind.SymbolicLink:
                    return new(LinkCode, last
                        ? "er et symbolsk link. Bygningen følger ikke links, for et link kan pege på en fil uden for indholdet (fx byggemaskinens hemmeligheder). Læg selve filen i mappen i stedet for linket"
                        : $"ligger i mappen '{parts[i]}', som er et symbolsk link. Bygningen følger ikke links; læg filerne i en almindelig mappe");
                case EntryKind.Special:
                    return new(SpecialCode, "er ikke en almindelig fil (men fx en navngiven pipe eller en enhed), og den kan ikke læses som et dokument. Læg en almindelig fil i mappen");
                case EntryKind.Missing:
                case EntryKind.File when !last:
                    return new(SpecialCode, "findes ikke", IsMissing: true);
                case EntryKind.Directory when last:
                    return new(SpecialCode, "er en mappe, ikke en fil");
            }
        }
        return null;
    }
}
