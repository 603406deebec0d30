using System.Text.RegularExpressions;
using System.Xml.Linq;
using Referater.Site.Publishing;
using Referater.Site.Tests.Support;

namespace Referater.Site.Tests.Publishing;

/// <summary>
/// A feed longer than its newest entries is paged as RFC 5005 archives feeds: a subscription document of the newest
/// entries, and one archive document per year that together hold every entry.
/// </summary>
public sealed class FeedArchiveTests
{
    private static readonly XNamespace Atom = AtomFeed.Namespace;
    private static readonly XNamespace History = AtomFeed.HistoryNamespace;
    private const string BaseUrl = "https://referater.benchmarkby.dk/";

    /// <summary>260 meetings of ten committees, one round a month from January 2016: three years in the site's feed, 26 meetings in a committee's.</summary>
    private const int Meetings = 260;

    private static XElement Feed(string output, string file) => XDocument.Load(Path.Combine(output, file)).Root!;

    private static string? Link(XElement feed, string rel) =>
        feed.Elements(Atom + "link").SingleOrDefault(l => (string?)l.Attribute("rel") == rel)?.Attribute("href")?.Value;

    private static List<XElement> Entries(XElement feed) => [.. feed.Elements(Atom + "entry")];

    private static string Id(XElement entry) => entry.Element(Atom + "id")!.Value;

    [Fact]
    public async Task The_feed_holds_the_newest_year_and_the_archives_every_year_before()
    {
        using var temp = new TempDirectory();
        var (input, output, _) = GeneratedSite.In(temp, Meetings);
        await GeneratedSite.BuildAsync(input, output, cache: null);
        var years = Directory.GetFiles(input, "index.md", SearchOption.AllDirectories)
            .GroupBy(file => Path.GetFileName(Path.GetDirectoryName(file))![..4])
            .ToDictionary(year => year.Key, year => year.Count());
        Assert.Equal(3, years.Count);
        var newestYear = years.Keys.Max()!;

        var subscription = Feed(output, "feed.xml");
        var newest = Entries(subscription);
        Assert.Equal(Math.Max(years[newestYear], AtomFeed.Recent), newest.Count);
        Assert.Null(subscription.Element(History + "archive"));
        Assert.Null(Link(subscription, "current"));

        // Walk the archives from the newest back, as a reader that wants the whole feed does.
        var archives = new List<(string Year, XElement Feed)>();
        var next = Link(subscription, "prev-archive");
        string? later = null;
        while (next is not null)
        {
            Assert.StartsWith(BaseUrl, next);
            var archive = Feed(output, next[BaseUrl.Length..]);
            Assert.NotNull(archive.Element(History + "archive"));
            Assert.Equal(next, archive.Element(Atom + "id")!.Value);
            Assert.Equal(next, Link(archive, "self"));
            Assert.Equal(BaseUrl + "feed.xml", Link(archive, "current"));
            Assert.Equal(later, Link(archive, "next-archive"));
            var year = Regex.Match(next, @"/feed-(\d{4})\.xml$").Groups[1].Value;
            Assert.Equal(years[year], Entries(archive).Count);
            Assert.All(Entries(archive), entry => Assert.StartsWith(year + "-", entry.Element(Atom + "updated")!.Value));
            archives.Add((year, archive));
            later = next;
            next = Link(archive, "prev-archive");
        }
        // Every year but the newest is archived (its set of entries no longer changes); the newest is whole in the feed.
        Assert.Equal(years.Keys.Where(year => year != newestYear).Order(StringComparer.Ordinal), archives.Select(a => a.Year).Order(StringComparer.Ordinal));
        Assert.Equal(years[newestYear], newest.Count(entry => entry.Element(Atom + "updated")!.Value.StartsWith(newestYear + "-", StringComparison.Ordinal)));

        var archived = archives.SelectMany(a => Entries(a.Feed)).ToList();
        Assert.Equal(Meetings, archived.Concat(newest).Select(Id).Distinct().Count());
        // The feed's entries are the newest of all, and one that an archive holds too is the very same entry.
        var all = archived.Concat(newest).DistinctBy(Id).Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value)).OrderDescending();
        Assert.Equal(all.Take(newest.Count), newest.Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value)));
        var byId = archived.ToDictionary(Id);
        Assert.All(newest.Where(entry => byId.ContainsKey(Id(entry))), entry => Assert.True(XNode.DeepEquals(entry, byId[Id(entry)])));

        // A widely used feed parser reads an archive as it reads the feed.
        var oldest = archives[^1];
        var parsed = NodeScript.Run("read-feeds.mjs", Path.Combine(output, "feed.xml"), Path.Combine(output, $"feed-{oldest.Year}.xml")).EnumerateArray().ToList();
        Assert.Equal(newest.Count, parsed[0].GetProperty("items").GetArrayLength());
        Assert.Equal($"{BaseUrl}feed-{oldest.Year}.xml", parsed[1].GetProperty("self").GetString());
        Assert.Equal(Entries(oldest.Feed).Select(Id), parsed[1].GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));

        // A committee's feed of 26 meetings is whole, with no archive.
        var committee = Feed(output, "byraadet/feed.xml");
        Assert.Equal(26, Entries(committee).Count);
        Assert.Null(Link(committee, "prev-archive"));
        Assert.Empty(Directory.GetFiles(Path.Combine(output, "byraadet"), "feed-*.xml"));
    }

    [Fact]
    public async Task An_edit_of_an_old_meeting_makes_again_only_its_years_archive()
    {
        using var temp = new TempDirectory();
        var (input, output, cache) = GeneratedSite.In(temp, Meetings);
        await GeneratedSite.BuildAsync(input, output, cache);
        var before = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.GetFiles(output, "feed*.xml"))
        {
            File.SetLastWriteTimeUtc(file, before);
        }

        var oldest = Directory.GetFiles(input, "*.md", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "index.md" && f.Contains("2016-01-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .First(f => !File.ReadAllText(f).Contains("lukket: true", StringComparison.Ordinal));
        File.WriteAllText(oldest, File.ReadAllText(oldest).Replace("## Beslutning\n\n", "## Beslutning\n\nRettet. "));
        await GeneratedSite.BuildAsync(input, output, cache);

        var made = Directory.GetFiles(output, "feed*.xml").Where(f => File.GetLastWriteTimeUtc(f) > before).Select(Path.GetFileName);
        Assert.Equal(["feed-2016.xml"], made);
        Assert.Contains("Rettet.", File.ReadAllText(Path.Combine(output, "feed-2016.xml")), StringComparison.Ordinal);
    }
}
