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

    /// <summary>Checks a list of outputs at once; true when every path is its own.</summary>
    public static bool Check(IEnumerable<OutputItem> items, DiagnosticBag diagnostics)
    {
        var registry = new Registry();
        var ok = true;
        foreach (var item in items)
        {
            ok &= registry.Claim(item, diagnostics);
        }
        return ok;
    }

    /// <summary>
    /// The paths a run has taken so far. Files are claimed as they are made, from several threads, so that a site
    /// written meeting by meeting is checked as a whole without listing all of it first.
    /// </summary>
    public sealed class Registry
    {
        private readonly Lock _lock = new();
        private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _folders = new(StringComparer.Ordinal);

        /// <summary>Takes the item's path; false (with an error where the input chose the name) when another file has it.</summary>
        public bool Claim(OutputItem item, DiagnosticBag diagnostics)
        {
            var problem = Problem(item.Path);
            if (problem is null)
            {
                return true;
            }
            var (file, line, column) = item.Origin is { } origin ? (origin.File, origin.Line, origin.Column) : (item.Path, 1, 1);
            Report(diagnostics, file, line, column, item.Path, problem);
            return false;
        }

        private string? Problem(string path)
        {
            if (Key(path) is not { } key)
            {
                return "ligger uden for sitets mappe";
            }
            lock (_lock)
            {
                if (_files.TryGetValue(key, out var other) || _folders.TryGetValue(key, out other))
                {
                    return $"får samme sti som '{other}'";
                }
                // The folders are looked up as parts of the key, not cut out of it: a site claims tens of thousands of paths.
                var files = _files.GetAlternateLookup<ReadOnlySpan<char>>();
                for (var slash = key.LastIndexOf('/'); slash > 0; slash = key.LastIndexOf('/', slash - 1))
                {
                    if (files.TryGetValue(key.AsSpan(0, slash), out var file))
                    {
                        return $"ligger i en mappe med samme navn som filen '{file}'";
                    }
                }
                _files[key] = path;
                var folders = _folders.GetAlternateLookup<ReadOnlySpan<char>>();
                for (var slash = key.LastIndexOf('/'); slash > 0; slash = key.LastIndexOf('/', slash - 1))
                {
                    if (!folders.TryAdd(key.AsSpan(0, slash), path))
                    {
                        // A folder already claimed was claimed with every folder around it.
                        break;
                    }
                }
                return null;
            }
        }
    }

    /// <summary>The form two paths share when they name one file; null for a path that leaves the site's folder.</summary>
    public static string? Key(string path)
    {
        if (PlainKey(path) is { } plain)
        {
            return plain;
        }
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

    /// <summary>
    /// The key of a path as the generator makes nearly all of them (ASCII letters, digits, '-', '_' and '.', in segments
    /// that are not empty and do not end in a dot), found without taking it apart: it is the path in lower case. Null for
    /// any other path, which <see cref="Key"/> takes apart.
    /// </summary>
    private static string? PlainKey(string path)
    {
        var upper = false;
        var segmentStart = 0;
        for (var i = 0; i <= path.Length; i++)
        {
            if (i == path.Length || path[i] == '/')
            {
                if (i == segmentStart || path[i - 1] == '.')
                {
                    return null;
                }
                segmentStart = i + 1;
                continue;
            }
            var c = path[i];
            if (char.IsAsciiLetterUpper(c))
            {
                upper = true;
            }
            else if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.'))
            {
                return null;
            }
        }
        return upper ? path.ToLowerInvariant() : path;
    }

    private static void Report(DiagnosticBag diagnostics, string file, int line, int column, string path, string problem) =>
        diagnostics.Error(file, line, column, Code,
            $"filen '/{path}' {problem}, og den ene ville overskrive den anden. Det sker, når et sagsnummer, et filnavn eller en udvalgs-slug "
            + "giver samme adresse som en anden side; ret værdien, så adresserne bliver forskellige.");
}
