using System.Text.Json;
using System.Xml.Linq;
using Referater.Site.Tests.Rendering;
using Referater.Site.Tests.Support;

namespace Referater.Site.Tests.Publishing;

/// <summary>Real consumers read what we publish: a widely used feed parser and Mozilla's iCalendar parser, both from npm.</summary>
public sealed class ConsumerTests(PublishingSiteFixture site, SeedSiteFixture seeds) : IClassFixture<PublishingSiteFixture>, IClassFixture<SeedSiteFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void A_feed_parser_reads_every_feed_with_the_right_entries()
    {
        var files = site.Files("feed.xml").ToList();
        Assert.Equal(AtomFeedTests.FeedFiles, files);
        var parsed = NodeScript.Run("read-feeds.mjs", [.. files.Select(f => Path.Combine(site.Output, f))]).EnumerateArray().ToList();
        Assert.Equal(files.Count, parsed.Count);
        foreach (var (file, feed) in files.Zip(parsed))
        {
            Assert.Equal("atom", feed.GetProperty("format").GetString());
            Assert.Equal("1.0", feed.GetProperty("version").GetString());
            Assert.Equal($"{PublishingSiteFixture.BaseUrl}/{file}", feed.GetProperty("self").GetString());
            Assert.Equal("da", feed.GetProperty("language").GetString());
            Assert.Equal(["Testrup Kommune"], feed.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));

            var ours = XDocument.Parse(site.Read(file)).Root!.Elements(Atom + "entry").ToList();
            var theirs = feed.GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(ours.Select(e => e.Element(Atom + "id")!.Value), theirs.Select(i => i.GetProperty("id").GetString()));
            Assert.Equal(ours.Select(e => e.Element(Atom + "title")!.Value), theirs.Select(i => i.GetProperty("title").GetString()));
            Assert.Equal(
                ours.Select(e => e.Elements(Atom + "link").Single().Attribute("href")!.Value),
                theirs.Select(i => i.GetProperty("url").GetString()));
            Assert.Equal(
                ours.Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value).UtcDateTime),
                theirs.Select(i => DateTimeOffset.Parse(i.GetProperty("updated").GetString()!).UtcDateTime));
        }

        var siteFeed = parsed[files.IndexOf("feed.xml")];
        Assert.Equal(
            ["2026-06-09T14:00:00.000Z", "2026-02-28T23:00:00.000Z", "2026-02-17T12:30:00.000Z"],
            siteFeed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("updated").GetString()));
        Assert.Contains("Beslutning: Indstillingen blev godkendt.", siteFeed.GetProperty("items")[2].GetProperty("description").GetString());
    }

    [Fact]
    public void A_calendar_parser_reads_the_meetings_with_the_right_start_times()
    {
        var calendar = NodeScript.Run("read-calendar.mjs", Path.Combine(site.Output, "beskaeftigelsesudvalget", "moeder.ics"));
        Assert.Equal("2.0", calendar.GetProperty("version").GetString());
        Assert.Equal("Beskæftigelsesudvalget · Testrup Kommune", calendar.GetProperty("name").GetString());
        var events = calendar.GetProperty("events").EnumerateArray().ToList();
        // 13:30 in February is winter time (UTC+1); 16:00 in June is summer time (UTC+2).
        Assert.Equal(["2026-02-17T12:30:00.000Z", "2026-06-09T14:00:00.000Z"], events.Select(e => e.GetProperty("start").GetString()));
        Assert.All(events, e => Assert.Equal("Europe/Copenhagen", e.GetProperty("zone").GetString()));
        Assert.Equal(PublishingSiteFixture.Place, events[0].GetProperty("location").GetString());
        Assert.Equal("Møde i Beskæftigelsesudvalget", events[0].GetProperty("summary").GetString());
        Assert.Equal(PublishingSiteFixture.BaseUrl + "/beskaeftigelsesudvalget/2026-06-09/", events[1].GetProperty("url").GetString());
        Assert.StartsWith("Dagsorden til Beskæftigelsesudvalgets møde", events[1].GetProperty("description").GetString());
        Assert.Contains("Punkt 11: Personalesag\nBeslutning: Indstillingen blev godkendt.", events[0].GetProperty("description").GetString());
    }

    [Fact]
    public void A_calendar_parser_reads_a_meeting_without_a_time_as_a_whole_day()
    {
        var calendar = NodeScript.Run("read-calendar.mjs", Path.Combine(site.Output, "byraadet", "moeder.ics"));
        var meeting = Assert.Single(calendar.GetProperty("events").EnumerateArray());
        Assert.True(meeting.GetProperty("isDate").GetBoolean());
        Assert.Equal("2026-03-01", meeting.GetProperty("local").GetString());
    }

    [Fact]
    public void The_seed_referater_reach_feed_readers_and_calendars()
    {
        var feed = NodeScript.Run("read-feeds.mjs", Path.Combine(seeds.Output, "beskaeftigelsesudvalget", "feed.xml"))[0];
        Assert.Equal(
            ["https://referater.herning.dk/beskaeftigelsesudvalget/2026-02-17/", "https://referater.herning.dk/beskaeftigelsesudvalget/2023-12-12/"],
            feed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("url").GetString()));
        Assert.Contains("Beslutning: Indstillingen er tiltrådt.", feed.GetProperty("items")[0].GetProperty("description").GetString());

        var calendar = NodeScript.Run("read-calendar.mjs", Path.Combine(seeds.Output, "beskaeftigelsesudvalget", "moeder.ics"));
        Assert.Equal(
            ["2023-12-12T07:00:00.000Z", "2026-02-17T12:30:00.000Z"],
            calendar.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("start").GetString()));
        Assert.All(calendar.GetProperty("events").EnumerateArray(), e => Assert.Equal("C3.40", e.GetProperty("location").GetString()));
    }
}
