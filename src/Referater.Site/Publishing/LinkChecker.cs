using System.Collections.Concurrent;
using System.Collections.Frozen;
using AngleSharp.Html.Parser;
using Referater.Site.Validation;

namespace Referater.Site.Publishing;

/// <summary>
/// Checks the written site before it is published: every internal <c>href</c> and <c>src</c> of every page must
/// lead to a file that was written, and every <c>#fragment</c> to an id on the page it points at. Each page is
/// parsed once, in parallel. A broken link is an error naming the page, its line and the link, so the build stops
/// and the published site stays as it was.
/// </summary>
public static class LinkChecker
{
    public const string Code = "RS0070";

    private static readonly string[] LinkAttributes = ["href", "src"];

    private sealed record Link(string Page, int Line, int Column, string Attribute, string Value);

    /// <param name="directory">The folder the build wrote.</param>
    /// <param name="baseUrl">The published site's address: absolute links to it are internal links too.</param>
    public static void Check(string directory, Uri baseUrl, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(directory);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .ToFrozenSet(StringComparer.Ordinal);
        var ids = new ConcurrentDictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        var links = new ConcurrentBag<Link>();
        Parallel.ForEach(files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)), page =>
        {
            var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
            using var document = parser.ParseDocument(File.ReadAllText(Path.Combine(root, page)));
            ids[page] = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToFrozenSet(StringComparer.Ordinal);
            foreach (var element in document.All)
            {
                foreach (var attribute in LinkAttributes)
                {
                    if (element.GetAttribute(attribute) is { } value)
                    {
                        var position = element.SourceReference?.Position;
                        links.Add(new Link(page, position?.Line ?? 1, position?.Column ?? 1, attribute, value));
                    }
                }
            }
        });
        foreach (var link in links.OrderBy(l => l.Page, StringComparer.Ordinal).ThenBy(l => l.Line).ThenBy(l => l.Column))
        {
            if (Broken(link, baseUrl, files, ids) is { } problem)
            {
                diagnostics.Error(link.Page, link.Line, link.Column, Code,
                    $"{link.Attribute}=\"{link.Value}\" {problem} Ret linket i teksten (eller skabelonen), eller fjern det.");
            }
        }
    }

    /// <summary>What is wrong with a link, or null when it leads somewhere that was written (or leaves the site).</summary>
    private static string? Broken(Link link, Uri baseUrl, FrozenSet<string> files, ConcurrentDictionary<string, FrozenSet<string>> ids)
    {
        var value = link.Value.Trim();
        if (value.Length == 0)
        {
            return "er tomt.";
        }
        var pageUrl = new Uri(baseUrl, "/" + (link.Page.EndsWith("index.html", StringComparison.Ordinal) ? link.Page[..^"index.html".Length] : link.Page));
        if (!Uri.TryCreate(pageUrl, value, out var target))
        {
            return "er ikke en gyldig adresse.";
        }
        if (!string.Equals(target.Scheme, baseUrl.Scheme, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(target.Authority, baseUrl.Authority, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var path = Uri.UnescapeDataString(target.AbsolutePath).TrimStart('/');
        var file = path.Length == 0 || path.EndsWith('/') ? path + "index.html"
            : files.Contains(path) ? path
            : files.Contains(path + "/index.html") ? path + "/index.html"
            : null;
        if (file is null || !files.Contains(file))
        {
            return $"peger på /{path}, som ikke findes i det byggede site.";
        }
        var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
        if (fragment.Length == 0)
        {
            return null;
        }
        if (!ids.TryGetValue(file, out var pageIds))
        {
            return $"peger på et anker (#{fragment}) i /{path}, som ikke er en side.";
        }
        return pageIds.Contains(fragment) ? null : $"peger på #{fragment}, men /{path} har intet element med id=\"{fragment}\".";
    }
}
