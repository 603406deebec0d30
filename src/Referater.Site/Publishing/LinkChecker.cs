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
        var pages = files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var ids = new ConcurrentDictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        var links = new ConcurrentDictionary<string, List<(string Attribute, string Value)>>(StringComparer.Ordinal);
        Parallel.ForEach(pages, page =>
        {
            // Positions are not kept on this pass: they are wanted only for a broken link, which is rare.
            using var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(root, page)));
            var pageIds = new List<string>();
            var pageLinks = new List<(string, string)>();
            foreach (var element in document.All)
            {
                if (element.Id is { } id)
                {
                    pageIds.Add(id);
                }
                foreach (var attribute in LinkAttributes)
                {
                    if (element.GetAttribute(attribute) is { } value)
                    {
                        pageLinks.Add((attribute, value));
                    }
                }
            }
            ids[page] = pageIds.ToFrozenSet(StringComparer.Ordinal);
            links[page] = pageLinks;
        });
        var broken = new ConcurrentBag<string>();
        Parallel.ForEach(links, entry =>
        {
            var pageUrl = PageUrl(baseUrl, entry.Key);
            if (entry.Value.Any(link => Broken(entry.Key, pageUrl, link.Value, baseUrl, files, ids) is not null))
            {
                broken.Add(entry.Key);
            }
        });
        foreach (var link in broken.SelectMany(page => Located(root, page)).OrderBy(l => l.Page, StringComparer.Ordinal).ThenBy(l => l.Line).ThenBy(l => l.Column))
        {
            if (Broken(link.Page, PageUrl(baseUrl, link.Page), link.Value, baseUrl, files, ids) is { } problem)
            {
                diagnostics.Error(link.Page, link.Line, link.Column, Code,
                    $"{link.Attribute}=\"{link.Value}\" {problem} Ret linket i teksten (eller skabelonen), eller fjern det.");
            }
        }
    }

    /// <summary>A page with a broken link, parsed again with source positions, so that each link can be named by line.</summary>
    private static IEnumerable<Link> Located(string root, string page)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(File.ReadAllText(Path.Combine(root, page)));
        var located = new List<Link>();
        foreach (var element in document.All)
        {
            foreach (var attribute in LinkAttributes)
            {
                if (element.GetAttribute(attribute) is { } value)
                {
                    var position = element.SourceReference?.Position;
                    located.Add(new Link(page, position?.Line ?? 1, position?.Column ?? 1, attribute, value));
                }
            }
        }
        return located;
    }

    /// <summary>
    /// Whether an address is the site's own, in any of the forms a browser takes for it: http:// or https://, the host
    /// with or without its final dot (<c>referater.herning.dk.</c>), in any case, with or without the default port.
    /// Taken for another site, a broken link to the site itself would be published unchecked.
    /// </summary>
    public static bool IsOwnSite(Uri target, Uri baseUrl) =>
        target.Scheme is "http" or "https"
        && string.Equals(target.IdnHost.TrimEnd('.'), baseUrl.IdnHost.TrimEnd('.'), StringComparison.OrdinalIgnoreCase)
        && (target.IsDefaultPort || target.Port == baseUrl.Port);

    private static Uri PageUrl(Uri baseUrl, string page) =>
        new(baseUrl, "/" + (page.EndsWith("index.html", StringComparison.Ordinal) ? page[..^"index.html".Length] : page));

    /// <summary>What is wrong with a link, or null when it leads somewhere that was written (or leaves the site).</summary>
    private static string? Broken(string page, Uri pageUrl, string link, Uri baseUrl, FrozenSet<string> files, ConcurrentDictionary<string, FrozenSet<string>> ids)
    {
        var value = link.Trim();
        if (value.Length == 0)
        {
            return "er tomt.";
        }
        // Most links are anchors on the page itself (the table of contents): no address to resolve when it is there.
        if (value[0] == '#' && value.IndexOf('%') < 0 && ids.TryGetValue(page, out var own) && own.Contains(value[1..]))
        {
            return null;
        }
        if (!Uri.TryCreate(pageUrl, value, out var target))
        {
            return "er ikke en gyldig adresse.";
        }
        if (!IsOwnSite(target, baseUrl))
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
