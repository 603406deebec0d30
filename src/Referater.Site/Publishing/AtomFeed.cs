using System.Collections.Immutable;
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

    /// <summary>A feed of the site at <paramref name="feedUrl"/>, following the page at <paramref name="pageUrl"/>; its id is its own address.</summary>
    /// <param name="entries">Made when the feed's bytes are: a site has thousands of feeds, and a rebuild makes few of them again.</param>
    /// <param name="madeFrom">
    /// The views the entries are made from (they and the site's configuration decide the feed): what tells that it did
    /// not change, without making its entries.
    /// </param>
    public static FileOutput File(SiteConfig config, string feedUrl, string pageUrl, string title, string subtitle, IEnumerable<AtomEntry> entries, object madeFrom)
    {
        var self = config.AbsoluteUrl(feedUrl);
        return new FileOutput(feedUrl.TrimStart('/'), () =>
            new AtomFeed(self, title, subtitle, self, config.AbsoluteUrl(pageUrl), config.Municipality, config.AbsoluteUrl("/"), [.. entries]).ToBytes())
        {
            Inputs = (config, title, subtitle, pageUrl, madeFrom),
        };
    }

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
