using Referater.Site.Rendering;
using Referater.Site.Validation;

namespace Referater.Site.Publishing;

/// <summary>
/// Checks the written site before it is published: every internal <c>href</c> and <c>src</c> of every page must
/// lead to a file that was written, and every <c>#fragment</c> to an id on the page it points at. It reads the ids and
/// links the writer noted while rendering, so no page is parsed again. A broken link an editor wrote is reported at its
/// line in the Markdown; one the theme made, at its line in the page. Either stops the build, so the published site
/// stays as it was.
/// </summary>
public static class LinkChecker
{
    public const string Code = "RS0070";

    /// <param name="writer">What the run wrote: every path, and every page's ids and links.</param>
    /// <param name="baseUrl">The published site's address: absolute links to it are internal links too.</param>
    /// <param name="otherFiles">Files written by another tool after the pages (the search index).</param>
    /// <param name="settled">Pages whose links need no check (see <see cref="BuildCache.SettledPages"/>); their ids are still link targets.</param>
    public static void Check(SiteWriter writer, Uri baseUrl, DiagnosticBag diagnostics, IEnumerable<string>? otherFiles = null, IReadOnlySet<string>? settled = null)
    {
        var pages = writer.Pages.Where(page => settled is null || !settled.Contains(page.Key)).ToList();
        if (pages.Count == 0)
        {
            return;
        }
        // Looked up in the writer's own tables: copied into frozen ones, the 41,000 paths of 1,100 meetings took longer to
        // copy than the links of a whole site take to look up, and after an edit only a few pages are checked.
        var others = (otherFiles ?? []).ToHashSet(StringComparer.Ordinal);
        var targets = new Targets(path => writer.Wrote(path) || others.Contains(path), path => writer.Pages.TryGetValue(path, out var links) ? links.Ids : null);
        var broken = pages
            .AsParallel()
            .SelectMany(page =>
            {
                var pageUrl = PageUrl(baseUrl, page.Key);
                return page.Value.Links
                    .Select(link => (Page: page.Key, Link: link, Problem: Broken(page.Key, pageUrl, link.Value, baseUrl, targets)))
                    .Where(result => result.Problem is not null);
            })
            .ToList();
        foreach (var (page, link, problem) in broken.OrderBy(b => b.Page, StringComparer.Ordinal).ThenBy(b => b.Link.Line).ThenBy(b => b.Link.Column))
        {
            var written = writer.Pages[page].Sources.FirstOrDefault(s => s.Url == link.Value);
            if (written is not null)
            {
                diagnostics.Error(written.File, written.Line, written.Column, Code,
                    $"linket '{link.Value}' {problem} Ret linket i teksten, eller fjern det.");
            }
            else
            {
                diagnostics.Error(page, link.Line, link.Column, Code,
                    $"{link.Attribute}=\"{link.Value}\" {problem} Ret linket i skabelonen (theme/layouts), eller fjern det.");
            }
        }
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
    /// <summary>What a link may lead to: a file the run wrote, and the ids of a page it wrote.</summary>
    private sealed record Targets(Func<string, bool> IsFile, Func<string, IReadOnlySet<string>?> IdsOf);

    private static string? Broken(string page, Uri pageUrl, string link, Uri baseUrl, Targets targets)
    {
        var value = link.Trim();
        if (value.Length == 0)
        {
            return "er tomt.";
        }
        // Most links are anchors on the page itself (the table of contents): no address to resolve when it is there.
        if (value[0] == '#' && value.IndexOf('%') < 0 && targets.IdsOf(page) is { } own && own.Contains(value[1..]))
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
            : targets.IsFile(path) ? path
            : targets.IsFile(path + "/index.html") ? path + "/index.html"
            : null;
        if (file is null || !targets.IsFile(file))
        {
            return $"peger på /{path}, som ikke findes i det byggede site.";
        }
        var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
        if (fragment.Length == 0)
        {
            return null;
        }
        if (targets.IdsOf(file) is not { } pageIds)
        {
            return $"peger på et anker (#{fragment}) i /{path}, som ikke er en side.";
        }
        return pageIds.Contains(fragment) ? null : $"peger på #{fragment}, men /{path} har intet element med id=\"{fragment}\".";
    }
}
