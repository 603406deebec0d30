using System.Text;
using Referater.Site.Pipeline;
using Referater.Site.Validation;

namespace Referater.Site.Publishing;

/// <summary>
/// Every file of the site must have a path of its own. Paths are compared as a file system and a host see them:
/// normalised ('.', '..', doubled '/'), in Unicode form C and without regard to case (macOS and Windows do not tell
/// 'Sag' from 'sag'). A path that is also the folder of another (<c>sager/a</c> and <c>sager/a/index.html</c>) collides too.
/// Each collision is an error naming both outputs; no file is overwritten.
/// </summary>
public static class OutputPaths
{
    public const string Code = "RS0641";

    public static bool Check(IEnumerable<OutputItem> items, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var folders = new Dictionary<string, string>(StringComparer.Ordinal);
        var ok = true;
        foreach (var item in items)
        {
            var key = Key(item.Path);
            if (key is null)
            {
                Report(diagnostics, item.Path, "ligger uden for sitets mappe");
                ok = false;
                continue;
            }
            if (seen.TryGetValue(key, out var other) || folders.TryGetValue(key, out other))
            {
                Report(diagnostics, item.Path, $"får samme sti som '{other}'");
                ok = false;
                continue;
            }
            seen[key] = item.Path;
            for (var slash = key.LastIndexOf('/'); slash > 0; slash = key.LastIndexOf('/', slash - 1))
            {
                var folder = key[..slash];
                if (seen.TryGetValue(folder, out var file))
                {
                    Report(diagnostics, item.Path, $"ligger i en mappe med samme navn som filen '{file}'");
                    ok = false;
                    break;
                }
                folders.TryAdd(folder, item.Path);
            }
        }
        return ok;
    }

    /// <summary>The form two paths share when they name one file; null for a path that leaves the site's folder.</summary>
    public static string? Key(string path)
    {
        if (path.Contains('\0') || Path.IsPathRooted(path))
        {
            return null;
        }
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            switch (part)
            {
                case ".":
                    continue;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }
                    parts.RemoveAt(parts.Count - 1);
                    continue;
                default:
                    parts.Add(part.TrimEnd('.', ' ').Normalize(NormalizationForm.FormC).ToLowerInvariant());
                    break;
            }
        }
        return parts.Count == 0 ? null : string.Join('/', parts);
    }

    private static void Report(DiagnosticBag diagnostics, string path, string problem) =>
        diagnostics.Error(path, 1, 1, Code,
            $"to filer i sitet {problem}, og den ene ville overskrive den anden. Det sker, når et sagsnummer, et filnavn eller en udvalgs-slug "
            + "giver samme adresse som en anden side; ret værdien, så adresserne bliver forskellige.");
}
