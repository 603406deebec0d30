using Referater.Site.Content;
using Referater.Site.Pipeline;
using Referater.Site.Validation;

namespace Referater.Site.Publishing;

/// <summary>
/// The folder a build replaces. A build swaps the whole folder for the new site, so it must hold nothing but an
/// earlier build: not the content, not a folder above or inside it, not a folder of other files (the repository's,
/// a home folder), and not a symbolic link (which would be replaced by a real folder, or lead elsewhere). A build
/// leaves a marker file in its output, and an output folder with files but without the marker is refused.
/// </summary>
public sealed class OutputFolder : IOutputSource
{
    public const string MarkerName = ".referater-site";

    public const string LinkCode = "RS0650";
    public const string ContentCode = "RS0651";
    public const string ForeignCode = "RS0652";

    public static readonly byte[] Marker =
        "Referater.Site\nDenne mappe er skrevet af 'build', og hvert byggeri erstatter hele mappen. Læg ikke andre filer her.\n"u8.ToArray();

    public IEnumerable<OutputItem> Produce(BuildContext context) => [new FileOutput(MarkerName, Marker)];

    /// <summary>Why a build may not replace the folder, or null when it may (it is absent, empty, or an earlier build).</summary>
    public static (string Code, string Message)? Problem(string outputDirectory, string inputDirectory)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        if (InputFiles.KindOf(output) == EntryKind.SymbolicLink)
        {
            var target = RealPath(output);
            return (LinkCode, $"output-mappen er et symbolsk link (til '{target}'), og et byggeri ville erstatte linket med en almindelig mappe. Angiv mappen selv, fx --output {target}");
        }
        var realOutput = RealPath(output);
        var realInput = RealPath(inputDirectory);
        if (realOutput == realInput)
        {
            return (ContentCode, "output-mappen er indholdsmappen; et byggeri ville slette indholdet. Vælg en anden mappe, fx --output output");
        }
        if (IsInside(realInput, realOutput))
        {
            return (ContentCode, "output-mappen indeholder indholdsmappen; et byggeri erstatter hele output-mappen og ville slette indholdet. Vælg en mappe ved siden af, fx --output output");
        }
        if (IsInside(realOutput, realInput))
        {
            return (ContentCode, "output-mappen ligger inde i indholdsmappen, så det byggede site ville blive læst som indhold. Vælg en mappe uden for indholdsmappen, fx --output output");
        }
        switch (InputFiles.KindOf(output))
        {
            case EntryKind.Missing:
                return null;
            case EntryKind.Directory:
                break;
            default:
                return (ForeignCode, "output-mappen er en fil, ikke en mappe. Vælg en anden mappe med --output MAPPE");
        }
        if (!Directory.EnumerateFileSystemEntries(output).Any() || IsEarlierBuild(output))
        {
            return null;
        }
        return (ForeignCode,
            $"mappen indeholder filer, som ikke er et tidligere byggeri (mærkefilen {MarkerName} mangler), og et byggeri erstatter hele mappen. "
            + "Vælg en ny eller tom mappe med --output MAPPE, eller tøm mappen selv, hvis filerne skal væk.");
    }

    private static bool IsEarlierBuild(string output)
    {
        var marker = Path.Combine(output, MarkerName);
        return InputFiles.KindOf(marker) == EntryKind.File && new FileInfo(marker).Length == Marker.Length && File.ReadAllBytes(marker).AsSpan().SequenceEqual(Marker);
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>A path with every symbolic link in it followed, so that two names for one folder compare equal.</summary>
    public static string RealPath(string path, int depth = 0)
    {
        var full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
        var root = Path.GetPathRoot(full) ?? "/";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            if (depth < 40 && InputFiles.KindOf(current) == EntryKind.SymbolicLink && new FileInfo(current).LinkTarget is { } target)
            {
                current = RealPath(Path.Combine(Path.GetDirectoryName(current) ?? root, target), depth + 1);
            }
        }
        return current.Length > root.Length ? current.TrimEnd(Path.DirectorySeparatorChar) : current;
    }
}
