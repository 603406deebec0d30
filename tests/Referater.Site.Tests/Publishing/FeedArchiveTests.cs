using System.Text.RegularExpressions;
using System.Xml.Linq;
using Referater.Benchmarks.Corpus;
using Referater.Site.Pipeline;
using Referater.Site.Publishing;
using Referater.Site.Tests.Support;
using Referater.Site.Validation;

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

    /// <summary>120 meetings of ten committees over two years: the site's feed is paged, a committee's (12 meetings) is not.</summary>
    private static (string Input, string Output, string Cache) Site(TempDirectory temp)
    {
        var input = temp.Combine("input");
        ContentFormatWriter.Write(new CorpusGenerator().Generate(120), input);
        return (input, temp.Combine("output"), temp.Combine("cache"));
    }

    private static async Task Build(string input, string output, string? cache = null)
    {
        var diagnostics = new DiagnosticBag();
        var result = await new BuildPipeline().RunAsync(new BuildOptions(input, output) { Search = false, CacheDirectory = cache }, diagnostics);
        Assert.True(result.Succeeded, string.Join("\n", diagnostics.Sorted()));
    }

    private static XElement Feed(string output, string file) => XDocument.Load(Path.Combine(output, file)).Root!;

    private static string? Link(XElement feed, string rel) =>
        feed.Elements(Atom + "link").SingleOrDefault(l => (string?)l.Attribute("rel") == rel)?.Attribute("href")?.Value;

    private static List<XElement> Entries(XElement feed) => [.. feed.Elements(Atom + "entry")];

    private static string Id(XElement entry) => entry.Element(Atom + "id")!.Value;

    [Fact]
    public async Task The_subscription_document_holds_the_newest_entries_and_the_yearly_archives_every_entry()
    {
        using var temp = new TempDirectory();
        var (input, output, _) = Site(temp);
        await Build(input, output);

        var subscription = Feed(output, "feed.xml");
        var newest = Entries(subscription);
        Assert.Equal(AtomFeed.Recent, newest.Count);
        Assert.Null(subscription.Element(History + "archive"));
        Assert.Null(Link(subscription, "current"));

        // Walk the archives from the newest year back, as a reader that wants the whole feed does.
        var archives = new List<(string Url, XElement Feed)>();
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
            var year = Regex.Match(next, @"feed-(\d{4})\.xml$").Groups[1].Value;
            Assert.All(Entries(archive), entry => Assert.StartsWith(year + "-", entry.Element(Atom + "updated")!.Value));
            archives.Add((next, archive));
            later = next;
            next = Link(archive, "prev-archive");
        }
        Assert.Equal(["feed-2016.xml", "feed-2017.xml"], archives.Select(a => a.Url[BaseUrl.Length..]).Order(StringComparer.Ordinal));

        var archived = archives.SelectMany(a => Entries(a.Feed)).ToList();
        Assert.Equal(120, archived.Count);
        Assert.Equal(120, archived.Select(Id).Distinct().Count());
        Assert.Equal(Directory.GetFiles(input, "index.md", SearchOption.AllDirectories).Length, archived.Count);
        // The newest entries are the newest of all, and each is the very entry its year's archive holds.
        var byId = archived.ToDictionary(Id);
        Assert.Equal(
            archived.Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value)).OrderDescending().Take(AtomFeed.Recent),
            newest.Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value)));
        Assert.All(newest, entry => Assert.True(XNode.DeepEquals(entry, byId[Id(entry)])));

        // A widely used feed parser reads an archive as it reads the feed.
        var parsed = NodeScript.Run("read-feeds.mjs", Path.Combine(output, "feed.xml"), Path.Combine(output, "feed-2016.xml")).EnumerateArray().ToList();
        Assert.Equal(AtomFeed.Recent, parsed[0].GetProperty("items").GetArrayLength());
        Assert.Equal(BaseUrl + "feed-2016.xml", parsed[1].GetProperty("self").GetString());
        Assert.Equal(Entries(archives.Single(a => a.Url.EndsWith("2016.xml", StringComparison.Ordinal)).Feed).Select(Id),
            parsed[1].GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));

        // A committee's feed of 12 meetings is whole, with no archive.
        var committee = Feed(output, "byraadet/feed.xml");
        Assert.Equal(12, Entries(committee).Count);
        Assert.Null(Link(committee, "prev-archive"));
        Assert.Empty(Directory.GetFiles(Path.Combine(output, "byraadet"), "feed-*.xml"));
    }

    [Fact]
    public async Task An_edit_of_an_old_meeting_makes_again_only_its_years_archive()
    {
        using var temp = new TempDirectory();
        var (input, output, cache) = Site(temp);
        await Build(input, output, cache);
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
        await Build(input, output, cache);

        var made = Directory.GetFiles(output, "feed*.xml").Where(f => File.GetLastWriteTimeUtc(f) > before).Select(Path.GetFileName);
        Assert.Equal(["feed-2016.xml"], made);
        Assert.Contains("Rettet.", File.ReadAllText(Path.Combine(output, "feed-2016.xml")), StringComparison.Ordinal);
    }
}
