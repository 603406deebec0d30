using System.Text;
using Referater.Site.Pipeline;
using Referater.Site.Rendering;
using Referater.Site.Theme;

namespace Referater.Site.Publishing;

/// <summary>
/// <c>/sitemap.xml</c> with the absolute URL of every page the build writes, and <c>/robots.txt</c> naming it.
/// It lists the pages the run wrote, so a new kind of page is in the sitemap without being named here.
/// </summary>
/// <param name="pages">Every page the run wrote, by its path and the component that rendered it.</param>
public sealed class SitemapFiles(IEnumerable<(string Path, Type Component)> pages) : IOutputSource
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Pages that are not content: the 404 page and redirects.</summary>
    private static readonly HashSet<Type> NotListed = [typeof(NotFoundPage), typeof(RedirectPage)];

    public IEnumerable<OutputItem> Produce(BuildContext context)
    {
        var urls = pages.Where(page => !NotListed.Contains(page.Component))
            .Select(page => context.Config.AbsoluteUrl(UrlOf(page.Path)))
            .Order(StringComparer.Ordinal)
            .ToList();
        yield return new FileOutput(FollowUrls.Sitemap.TrimStart('/'), () => XmlOutput.Write(writer =>
        {
            writer.WriteStartElement("urlset", Namespace);
            foreach (var url in urls)
            {
                writer.WriteStartElement("url", Namespace);
                writer.WriteElementString("loc", Namespace, url);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        })) { Inputs = urls };
        yield return new FileOutput("robots.txt", Encoding.UTF8.GetBytes(
            $"User-agent: *\nAllow: /\n\nSitemap: {context.Config.AbsoluteUrl(FollowUrls.Sitemap)}\n"));
    }

    /// <summary>The inverse of <see cref="PageOutput.FileFor"/>: <c>a/b/index.html</c> is served as <c>/a/b/</c>.</summary>
    public static string UrlOf(string file) =>
        file == "index.html" ? "/"
        : file.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + file[..^"index.html".Length]
        : "/" + file;
}
