using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using Referater.Site.Content;
using Referater.Site.Pipeline;
using Referater.Site.Rendering;

namespace Referater.Site.Publishing;

/// <summary>One Atom 1.0 feed (RFC 4287). Every URL is absolute; every date comes from the content, never from the clock.</summary>
public sealed record AtomFeed(
    string Id,
    string Title,
    string Subtitle,
    string SelfUrl,
    string PageUrl,
    string Author,
    string AuthorUrl,
    ImmutableArray<AtomEntry> Entries)
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    /// <summary>A feed must say when it changed; one with no entries has not, so it gets a fixed date rather than the build's.</summary>
    private static readonly DateTimeOffset NoEntries = new(1970, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The namespace of RFC 5005 (feed paging and archiving), whose <c>archive</c> element marks an archive document.</summary>
    public const string HistoryNamespace = "http://purl.org/syndication/history/1.0";

    /// <summary>
    /// How many entries a feed's subscription document holds at least, when it has archives: what a feed reader fetches
    /// every hour stays small however long the archive grows, and an edit of an old meeting leaves it as it is.
    /// </summary>
    public const int Recent = 50;

    /// <summary>
    /// A feed of the site at <paramref name="feedUrl"/>, following the page at <paramref name="pageUrl"/>; each document's id
    /// is its own address. A feed of more than <see cref="Recent"/> entries over more than one year is paged as RFC 5005
    /// archives a feed: the subscription document holds every entry of the newest year, and at least the newest
    /// <see cref="Recent"/>; each earlier year has an archive document beside the feed (<c>feed-2016.xml</c> beside
    /// <c>feed.xml</c>) that holds every entry of that year, linked to the feed and to the years before and after it. An
    /// archive's set of entries does not change once it is made (a year is archived when the next has begun), so a reader
    /// that has it need not fetch it again; an entry of last year that is among the newest is in both, with the same id.
    /// </summary>
    /// <param name="items">The entries, newest first, each known by what it is made from and made only when its document is.</param>
    public static IEnumerable<FileOutput> Files(SiteConfig config, string feedUrl, string pageUrl, string title, string subtitle, IReadOnlyList<FeedItem> items)
    {
        List<IGrouping<int, FeedItem>> archived = items.Count <= Recent ? [] : items.GroupBy(item => item.Year).OrderBy(year => year.Key).SkipLast(1).ToList();
        if (archived.Count == 0)
        {
            yield return Document(config, feedUrl, pageUrl, title, subtitle, items, []);
            yield break;
        }
        var newest = items.TakeWhile(item => item.Year > archived[^1].Key).Count();
        yield return Document(config, feedUrl, pageUrl, title, subtitle, [.. items.Take(Math.Max(newest, Recent))], [("prev-archive", ArchiveUrl(feedUrl, archived[^1].Key))]);
        for (var i = 0; i < archived.Count; i++)
        {
            var links = new List<(string Rel, string Url)> { ("current", feedUrl) };
            if (i > 0)
            {
                links.Add(("prev-archive", ArchiveUrl(feedUrl, archived[i - 1].Key)));
            }
            if (i < archived.Count - 1)
            {
                links.Add(("next-archive", ArchiveUrl(feedUrl, archived[i + 1].Key)));
            }
            yield return Document(config, ArchiveUrl(feedUrl, archived[i].Key), pageUrl, $"{title} · {archived[i].Key}", subtitle, [.. archived[i]], links, archive: true);
        }
    }

    /// <summary>The archive of one year's entries, beside the feed: <c>/feed.xml</c> → <c>/feed-2016.xml</c>.</summary>
    public static string ArchiveUrl(string feedUrl, int year) => $"{feedUrl[..^".xml".Length]}-{year.ToString(CultureInfo.InvariantCulture)}.xml";

    private static FileOutput Document(
        SiteConfig config, string url, string pageUrl, string title, string subtitle, IReadOnlyList<FeedItem> items, IReadOnlyList<(string Rel, string Url)> links, bool archive = false)
    {
        var self = config.AbsoluteUrl(url);
        return new FileOutput(url.TrimStart('/'), () =>
            new AtomFeed(self, title, subtitle, self, config.AbsoluteUrl(pageUrl), config.Municipality, config.AbsoluteUrl("/"), [.. items.Select(item => item.Make())])
            {
                Archive = archive,
                Paging = [.. links.Select(link => (link.Rel, config.AbsoluteUrl(link.Url)))],
            }.ToBytes())
        {
            Inputs = (config, title, subtitle, pageUrl, links, archive, items.Select(item => item.MadeFrom).ToList()),
        };
    }

    /// <summary>Whether this is an archive document (RFC 5005): one earlier year's entries.</summary>
    public bool Archive { get; init; }

    /// <summary>The links between a feed's subscription document and its archives: <c>current</c>, <c>prev-archive</c>, <c>next-archive</c>.</summary>
    public ImmutableArray<(string Rel, string Url)> Paging { get; init; } = [];

    public DateTimeOffset Updated => Entries.IsEmpty ? NoEntries : Entries.Max(e => e.Updated);

    public byte[] ToBytes() => XmlOutput.Write(writer =>
    {
        writer.WriteStartElement("feed", Namespace);
        writer.WriteAttributeString("xml", "lang", null, "da");
        writer.WriteElementString("id", Namespace, Id);
        writer.WriteElementString("title", Namespace, XmlOutput.Clean(Title));
        writer.WriteElementString("subtitle", Namespace, XmlOutput.Clean(Subtitle));
        writer.WriteElementString("updated", Namespace, MeetingTime.Rfc3339(Updated));
        WriteLink(writer, "self", FollowLink.Atom, SelfUrl);
        WriteLink(writer, "alternate", "text/html", PageUrl);
        foreach (var (rel, url) in Paging)
        {
            WriteLink(writer, rel, FollowLink.Atom, url);
        }
        if (Archive)
        {
            writer.WriteElementString("fh", "archive", HistoryNamespace, null);
        }
        writer.WriteStartElement("author", Namespace);
        writer.WriteElementString("name", Namespace, Author);
        writer.WriteElementString("uri", Namespace, AuthorUrl);
        writer.WriteEndElement();
        foreach (var entry in Entries)
        {
            entry.Write(writer);
        }
        writer.WriteEndElement();
    });

    internal static void WriteLink(XmlWriter writer, string rel, string type, string href)
    {
        writer.WriteStartElement("link", Namespace);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }
}

/// <param name="Id">A tag: URI (RFC 4151) that stays the same however often the site is built.</param>
/// <param name="Summary">Plain text: what was decided.</param>
/// <param name="ContentHtml">The same as HTML, with a link to every punkt.</param>
public sealed record AtomEntry(string Id, string Title, string Url, DateTimeOffset Updated, string Summary, string ContentHtml)
{
    internal void Write(XmlWriter writer)
    {
        writer.WriteStartElement("entry", AtomFeed.Namespace);
        writer.WriteElementString("id", AtomFeed.Namespace, Id);
        writer.WriteElementString("title", AtomFeed.Namespace, XmlOutput.Clean(Title));
        writer.WriteElementString("updated", AtomFeed.Namespace, MeetingTime.Rfc3339(Updated));
        writer.WriteElementString("published", AtomFeed.Namespace, MeetingTime.Rfc3339(Updated));
        AtomFeed.WriteLink(writer, "alternate", "text/html", Url);
        writer.WriteStartElement("summary", AtomFeed.Namespace);
        writer.WriteAttributeString("type", "text");
        writer.WriteString(XmlOutput.Clean(Summary));
        writer.WriteEndElement();
        writer.WriteStartElement("content", AtomFeed.Namespace);
        writer.WriteAttributeString("type", "html");
        writer.WriteString(XmlOutput.Clean(ContentHtml));
        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}

/// <summary>One entry of a feed before it is made: the year it is archived under, and what it is made from.</summary>
/// <param name="MadeFrom">What decides the entry (a meeting's summary, or its digest): a document whose entries' inputs did not change is kept.</param>
/// <param name="Make">Makes the entry, when a document that holds it is made.</param>
public sealed record FeedItem(int Year, object MadeFrom, Func<AtomEntry> Make);
