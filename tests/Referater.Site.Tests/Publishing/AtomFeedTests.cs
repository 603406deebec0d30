using System.Xml.Linq;

namespace Referater.Site.Tests.Publishing;

public sealed class AtomFeedTests(PublishingSiteFixture site) : IClassFixture<PublishingSiteFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private const string Meeting0217 = PublishingSiteFixture.BaseUrl + "/beskaeftigelsesudvalget/2026-02-17/";
    private const string Meeting0609 = PublishingSiteFixture.BaseUrl + "/beskaeftigelsesudvalget/2026-06-09/";
    private const string Meeting0301 = PublishingSiteFixture.BaseUrl + "/byraadet/2026-03-01/";

    public static readonly string[] FeedFiles =
    [
        "beskaeftigelsesudvalget/feed.xml",
        "byraadet/feed.xml",
        "feed.xml",
        "oekonomiudvalget/feed.xml",
        "sager/15.00.00-A00-3-25/feed.xml",
        "sager/20-4282/feed.xml",
        "sager/emne/15/feed.xml",
    ];

    public static TheoryData<string> Feeds => new(FeedFiles);

    [Fact]
    public void The_site_has_exactly_the_expected_feeds() => Assert.Equal(FeedFiles, site.Files("feed.xml"));

    [Theory]
    [MemberData(nameof(Feeds))]
    public void Every_feed_is_Atom_with_the_required_elements_and_absolute_links(string file)
    {
        var feed = XDocument.Parse(site.Read(file)).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("da", feed.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "title")?.Value));
        Assert.Equal("Testrup Kommune", feed.Element(Atom + "author")?.Element(Atom + "name")?.Value);
        var self = $"{PublishingSiteFixture.BaseUrl}/{file}";
        Assert.Equal(self, feed.Element(Atom + "id")?.Value);
        Assert.Equal(self, Link(feed, "self"));
        Assert.StartsWith(PublishingSiteFixture.BaseUrl + "/", Link(feed, "alternate"));
        var updated = DateTimeOffset.Parse(feed.Element(Atom + "updated")!.Value);

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        foreach (var entry in entries)
        {
            Assert.StartsWith("tag:referater.testrup.dk,2026-", entry.Element(Atom + "id")!.Value);
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")?.Value));
            Assert.StartsWith(PublishingSiteFixture.BaseUrl + "/", Link(entry, "alternate"));
            Assert.Equal("text", entry.Element(Atom + "summary")?.Attribute("type")?.Value);
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "summary")?.Value));
            Assert.Equal("html", entry.Element(Atom + "content")?.Attribute("type")?.Value);
            Assert.True(DateTimeOffset.Parse(entry.Element(Atom + "updated")!.Value) <= updated);
        }
        if (entries.Count > 0)
        {
            Assert.Equal(entries.Max(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value)), updated);
        }
    }

    [Fact]
    public void The_site_feed_has_every_meeting_newest_first_dated_by_the_meeting()
    {
        var entries = Entries("feed.xml");
        Assert.Equal([Meeting0609, Meeting0301, Meeting0217], entries.Select(e => Link(e, "alternate")));
        Assert.Equal(
            ["2026-06-09T16:00:00+02:00", "2026-03-01T00:00:00+01:00", "2026-02-17T13:30:00+01:00"],
            entries.Select(e => e.Element(Atom + "updated")!.Value));
        Assert.Equal(
            ["Dagsorden Beskæftigelsesudvalget 9. juni 2026", "Referat Byrådet 1. marts 2026", "Referat Beskæftigelsesudvalget 17. februar 2026"],
            entries.Select(e => e.Element(Atom + "title")!.Value));
    }

    [Fact]
    public void A_subject_feed_has_every_treatment_in_its_KLE_main_group_and_the_case_index_links_it()
    {
        // The fixture's only KLE case of main group 15 is 15.00.00-A00-3-25; 20/4282 is no KLE number and has no subject feed.
        Assert.Equal(
            Entries("sager/15.00.00-A00-3-25/feed.xml").Select(e => e.Element(Atom + "id")!.Value),
            Entries("sager/emne/15/feed.xml").Select(e => e.Element(Atom + "id")!.Value));
        Assert.Equal(PublishingSiteFixture.BaseUrl + "/sager/#kle-15", Link(XDocument.Parse(site.Read("sager/emne/15/feed.xml")).Root!, "alternate"));
        var index = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.Read("sager/index.html"));
        Assert.Equal(["/sager/emne/15/feed.xml"], index.QuerySelectorAll("#kle-15 a.follow__link--feed").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void A_committee_feed_has_only_that_committees_meetings()
    {
        Assert.Equal([Meeting0609, Meeting0217], Entries("beskaeftigelsesudvalget/feed.xml").Select(e => Link(e, "alternate")));
        Assert.Equal([Meeting0301], Entries("byraadet/feed.xml").Select(e => Link(e, "alternate")));
        Assert.Empty(Entries("oekonomiudvalget/feed.xml"));
        Assert.Equal(PublishingSiteFixture.BaseUrl + "/byraadet/", Link(XDocument.Parse(site.Read("byraadet/feed.xml")).Root!, "alternate"));
    }

    [Fact]
    public void Entry_summaries_give_the_decisions_and_a_closed_punkt_only_its_public_decision()
    {
        var entry = Entries("beskaeftigelsesudvalget/feed.xml").Single(e => Link(e, "alternate") == Meeting0217);
        var summary = entry.Element(Atom + "summary")!.Value;
        Assert.Contains("Punkt 10: Beskæftigelsesreformen: første drøftelse\nBeslutning: " + PublishingSiteFixture.Decision10, summary);
        Assert.Contains("Punkt 11: Personalesag\nBeslutning: Indstillingen blev godkendt.", summary);
        Assert.DoesNotContain(PublishingSiteFixture.Secret, summary);
        var content = entry.Element(Atom + "content")!.Value;
        Assert.Contains($"<a href=\"{Meeting0217}#punkt-12\">", content);
        Assert.DoesNotContain(PublishingSiteFixture.Secret, content);
    }

    [Fact]
    public void A_referat_and_the_agenda_before_it_are_different_entries()
    {
        var ids = Entries("feed.xml").Select(e => e.Element(Atom + "id")!.Value).ToList();
        Assert.Contains("tag:referater.testrup.dk,2026-06-09:beskaeftigelsesudvalget/dagsorden", ids);
        Assert.Contains("tag:referater.testrup.dk,2026-02-17:beskaeftigelsesudvalget/referat", ids);
    }

    [Fact]
    public void A_case_feed_follows_every_public_treatment_newest_first()
    {
        var entries = Entries("sager/15.00.00-A00-3-25/feed.xml");
        Assert.Equal([Meeting0609 + "#punkt-20", Meeting0217 + "#punkt-10"], entries.Select(e => Link(e, "alternate")));
        Assert.Equal(
            ["tag:referater.testrup.dk,2026-06-09:beskaeftigelsesudvalget/dagsorden/punkt-20", "tag:referater.testrup.dk,2026-02-17:beskaeftigelsesudvalget/referat/punkt-10"],
            entries.Select(e => e.Element(Atom + "id")!.Value));
        var feed = XDocument.Parse(site.Read("sager/15.00.00-A00-3-25/feed.xml")).Root!;
        Assert.Equal("Sag 15.00.00-A00-3-25: Beskæftigelsesreformen: politiske prioriteringer", feed.Element(Atom + "title")!.Value);
        Assert.Equal(PublishingSiteFixture.BaseUrl + "/sager/15.00.00-A00-3-25/", Link(feed, "alternate"));
        Assert.Contains("Beslutning: " + PublishingSiteFixture.Decision10, entries[1].Element(Atom + "summary")!.Value);
    }

    [Fact]
    public void A_closed_punkt_is_not_followed_under_its_case() =>
        Assert.False(site.Exists("sager/81.00.00-G01-9-25/feed.xml"));

    private List<XElement> Entries(string file) => [.. XDocument.Parse(site.Read(file)).Root!.Elements(Atom + "entry")];

    private static string? Link(XElement element, string rel) =>
        element.Elements(Atom + "link").SingleOrDefault(l => l.Attribute("rel")?.Value == rel)?.Attribute("href")?.Value;
}
