using Referater.Site.Tests.Support;
using Referater.Site.Validation;

namespace Referater.Site.Tests.Publishing;

/// <summary>
/// What site.yml and a meeting say for readers: the wording for an attachment without a file, a meeting's end
/// (<c>sluttid</c>, else <c>mødevarighed</c>), the address of its place, and the names of KLE emner; and the
/// located errors when they are written wrong.
/// </summary>
public sealed class ReadingKeysTests
{
    private const string Config = TestSite.DefaultConfig + """

        bilag_uden_fil: Bilaget kan fås ved henvendelse til sekretariatet
        mødevarighed: "1:30"
        steder:
          Rådhuset: Torvet 5, 7400 Herning
        kle_emner:
          "15.00.00": Arbejdsmarked og beskæftigelse i almindelighed
        """;

    private static string Meeting(string extra = "") => $"""
        ---
        udvalg: beskaeftigelsesudvalget
        dato: 2026-02-17
        tid: "13:30"
        {extra}sted: Rådhuset
        ---
        """;

    private static TestSite Site(string config, string meeting) =>
        new TestSite(config)
            .Meeting(TestSite.Committee, TestSite.Date, meeting)
            .Item(TestSite.Committee, TestSite.Date, "10-punkt.md", TestSite.ItemText(10, "Orientering", extra: "bilag:\n  - titel: Notat\n"));

    private static (string Name, string Value) Property(string calendar, string name)
    {
        var line = calendar.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n").First(l => l.StartsWith(name + ":", StringComparison.Ordinal) || l.StartsWith(name + ";", StringComparison.Ordinal));
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return (line[..colon], line[(colon + 1)..]);
    }

    [Fact]
    public async Task A_meeting_without_sluttid_lasts_as_long_as_site_yml_says_and_is_placed_at_its_address()
    {
        using var site = Site(Config, Meeting());
        var (result, diagnostics) = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", diagnostics));

        var calendar = site.ReadOutput("beskaeftigelsesudvalget/moeder.ics");
        Assert.Equal(("DTEND;TZID=Europe/Copenhagen", "20260217T150000"), Property(calendar, "DTEND"));
        Assert.Equal(@"Rådhuset\, Torvet 5\, 7400 Herning", Property(calendar, "LOCATION").Value);
        var page = site.ReadOutput(TestSite.MeetingPage);
        Assert.Contains("Rådhuset, Torvet 5, 7400 Herning", page);
        Assert.Contains("\"address\":\"Torvet 5, 7400 Herning\"", page.Replace(": ", ":", StringComparison.Ordinal));
        Assert.Contains("Notat <span class=\"attachment__missing\">(Bilaget kan fås ved henvendelse til sekretariatet)</span>", page);
        Assert.Contains("Arbejdsmarked og beskæftigelse i almindelighed", site.ReadOutput("sager/index.html"));
    }

    [Fact]
    public async Task Sluttid_ends_the_meeting_on_the_page_in_the_calendar_and_in_the_data()
    {
        using var site = Site(TestSite.DefaultConfig, Meeting("sluttid: \"16:15\"\n"));
        var (result, diagnostics) = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", diagnostics));

        Assert.Equal(("DTEND;TZID=Europe/Copenhagen", "20260217T161500"), Property(site.ReadOutput("beskaeftigelsesudvalget/moeder.ics"), "DTEND"));
        Assert.Contains("kl. 13:30–16:15", site.ReadOutput(TestSite.MeetingPage));
        Assert.Contains("\"sluttid\": \"16:15\"", site.ReadOutput("beskaeftigelsesudvalget/2026-02-17/index.json"));
    }

    [Fact]
    public async Task Without_mødevarighed_a_meeting_lasts_two_hours()
    {
        using var site = Site(TestSite.DefaultConfig, Meeting());
        var (result, _) = await site.BuildAsync();
        Assert.True(result.Succeeded);
        Assert.Equal(("DTEND;TZID=Europe/Copenhagen", "20260217T153000"), Property(site.ReadOutput("beskaeftigelsesudvalget/moeder.ics"), "DTEND"));
    }

    [Theory]
    [InlineData("sluttid: \"12:00\"\n", null, "RS0701", 5)]
    [InlineData("sluttid: senere\n", null, "RS0026", 5)]
    [InlineData("", "mødevarighed: to timer", "RS0702", 13)]
    [InlineData("", "steder: Rådhuset", "RS0703", 13)]
    [InlineData("", "kle_emner:\n  \"15\": Arbejdsmarked", "RS0704", 14)]
    [InlineData("", "bilag_uden_fil: \"\"", "RS0706", 13)]
    public async Task A_wrong_value_is_a_located_error(string meetingExtra, string? configExtra, string code, int line)
    {
        using var site = Site(TestSite.DefaultConfig + (configExtra is null ? "" : "\n" + configExtra), Meeting(meetingExtra));
        var (result, diagnostics) = await site.BuildAsync();
        Assert.False(result.Succeeded);
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(code, error.Code);
        Assert.Equal(line, error.Line);
        Assert.Contains("fx", error.Message);
    }

    [Fact]
    public async Task Sluttid_without_tid_is_an_error()
    {
        using var site = Site(TestSite.DefaultConfig, "---\nudvalg: beskaeftigelsesudvalget\ndato: 2026-02-17\nsluttid: \"16:00\"\n---\n");
        var (result, diagnostics) = await site.BuildAsync();
        Assert.False(result.Succeeded);
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("RS0700", 4), (error.Code, error.Line));
    }

    [Fact]
    public async Task An_attachment_titled_as_a_file_name_is_noted_and_shown_as_words()
    {
        using var site = new TestSite()
            .Meeting(TestSite.Committee, TestSite.Date)
            .Item(TestSite.Committee, TestSite.Date, "10-punkt.md", TestSite.ItemText(10, "Orientering", extra: "bilag:\n  - titel: aftale-om-reform\n"));
        var (result, diagnostics) = await site.BuildAsync();
        Assert.True(result.Succeeded);
        var note = Assert.Single(diagnostics, d => d.Code == "RS0705");
        Assert.Equal(Severity.Info, note.Severity);
        Assert.Equal(6, note.Line);
        Assert.Contains("Aftale om reform", site.ReadOutput(TestSite.MeetingPage));
        Assert.DoesNotContain(">aftale-om-reform", site.ReadOutput(TestSite.MeetingPage));
    }
}
