using System.Collections.Immutable;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Referater.Site.Content;
using Referater.Site.Publishing;
using Referater.Site.Rendering;

namespace Referater.Site.Tests.Publishing;

public sealed class StructuredDataTests(PublishingSiteFixture site) : IClassFixture<PublishingSiteFixture>
{
    [Fact]
    public void A_meeting_page_describes_the_meeting_as_a_schema_org_Event()
    {
        var json = JsonLd("beskaeftigelsesudvalget/2026-02-17/index.html");
        Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
        Assert.Equal("Event", json.GetProperty("@type").GetString());
        Assert.Equal("Referat Beskæftigelsesudvalget 17. februar 2026", json.GetProperty("name").GetString());
        Assert.Equal("2026-02-17T13:30:00+01:00", json.GetProperty("startDate").GetString());
        Assert.Equal(PublishingSiteFixture.BaseUrl + "/beskaeftigelsesudvalget/2026-02-17/", json.GetProperty("url").GetString());
        Assert.Equal("Place", json.GetProperty("location").GetProperty("@type").GetString());
        Assert.Equal(PublishingSiteFixture.Place + ", Testrup Kommune", json.GetProperty("location").GetProperty("name").GetString());
        Assert.Equal("GovernmentOrganization", json.GetProperty("organizer").GetProperty("@type").GetString());
        Assert.Equal("Testrup Kommune", json.GetProperty("organizer").GetProperty("name").GetString());

        var parts = json.GetProperty("subEvent").EnumerateArray().ToList();
        Assert.All(parts, p => Assert.Equal("Event", p.GetProperty("@type").GetString()));
        Assert.Equal(
            ["Punkt 10: Beskæftigelsesreformen: første drøftelse", "Punkt 11: Personalesag", "Punkt 12: Orientering om samarbejdsaftale med Ærø, Ølstykke og Åbenrå om beskæftigelsesindsatsen for unge"],
            parts.Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(PublishingSiteFixture.BaseUrl + "/beskaeftigelsesudvalget/2026-02-17/#punkt-10", parts[0].GetProperty("url").GetString());
        Assert.Equal("15.00.00-A00-3-25", parts[0].GetProperty("identifier").GetString());
        Assert.False(parts[1].TryGetProperty("identifier", out _));
        Assert.Equal("Beslutning: Indstillingen blev godkendt.", parts[1].GetProperty("description").GetString());
    }

    [Fact]
    public void Text_that_looks_like_HTML_cannot_end_the_script()
    {
        var html = site.Read("beskaeftigelsesudvalget/2026-02-17/index.html");
        var script = new HtmlParser().ParseDocument(html).QuerySelector("script[type='application/ld+json']")!.TextContent;
        Assert.DoesNotContain("<", script);
        Assert.DoesNotContain("&", script);
        var parts = JsonDocument.Parse(script).RootElement.GetProperty("subEvent");
        Assert.Equal("Beslutning: " + PublishingSiteFixture.Decision10, parts[0].GetProperty("description").GetString());
        Assert.Contains("Beskæftigelsesudvalget", script);
    }

    [Fact]
    public void A_meeting_without_a_time_starts_on_its_date()
    {
        var json = JsonLd("byraadet/2026-03-01/index.html");
        Assert.Equal("2026-03-01", json.GetProperty("startDate").GetString());
        Assert.Equal("Testrup Kommune", json.GetProperty("location").GetProperty("name").GetString());
    }

    [Fact]
    public void A_case_is_a_list_of_its_treatments()
    {
        var config = new SiteConfig("Testrup Kommune", new Uri(PublishingSiteFixture.BaseUrl), [], null,
            ImmutableSortedDictionary<string, string>.Empty, null, null, null);
        var committee = new Committee("byraadet", "Byrådet", "BYR");
        var caseNumber = new CaseNumber("00.01.00-A00-1-26");
        MeetingView Meeting(string date, MeetingKind kind, string decision) => new(committee, DateOnly.Parse(date), new TimeOnly(17, 0), "Byrådssalen", kind, [], "",
            [new AgendaItemView(4, "Budget </script>", false, caseNumber, null, [], null,
                decision.Length == 0 ? [] : [new SectionView("Beslutning", "punkt-4-beslutning", $"<p>{decision}</p>", decision, true)], [], $"/byraadet/{date}/#punkt-4")],
            $"/byraadet/{date}/");
        MeetingView[] meetings = [Meeting("2026-09-01", MeetingKind.Referat, "Vedtaget."), Meeting("2026-08-01", MeetingKind.Referat, "Oversendt.")];

        var history = Assert.Single(Referater.Site.Linking.CaseIndex.Build(meetings).Cases);
        var text = StructuredData.ForCase(history, config);
        Assert.DoesNotContain("<", text);
        var json = JsonDocument.Parse(text).RootElement;
        Assert.Equal("ItemList", json.GetProperty("@type").GetString());
        Assert.Equal("00.01.00-A00-1-26", json.GetProperty("identifier").GetString());
        Assert.Equal(PublishingSiteFixture.BaseUrl + "/sager/00.01.00-A00-1-26/", json.GetProperty("url").GetString());
        Assert.Equal(2, json.GetProperty("numberOfItems").GetInt32());
        var items = json.GetProperty("itemListElement").EnumerateArray().ToList();
        Assert.Equal([1, 2], items.Select(i => i.GetProperty("position").GetInt32()));
        Assert.All(items, i => Assert.Equal("Event", i.GetProperty("item").GetProperty("@type").GetString()));
        Assert.Equal(["2026-08-01T17:00:00+02:00", "2026-09-01T17:00:00+02:00"], items.Select(i => i.GetProperty("item").GetProperty("startDate").GetString()));
        Assert.Equal("Beslutning: Vedtaget.", items[1].GetProperty("item").GetProperty("description").GetString());
        Assert.Equal("Referat Byrådet 1. september 2026", items[1].GetProperty("item").GetProperty("superEvent").GetProperty("name").GetString());
    }

    private JsonElement JsonLd(string page)
    {
        var scripts = new HtmlParser().ParseDocument(site.Read(page)).QuerySelectorAll("script[type='application/ld+json']");
        return JsonDocument.Parse(Assert.Single(scripts).TextContent).RootElement;
    }
}
