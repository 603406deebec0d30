using System.Text;
using Referater.Site.Publishing;

namespace Referater.Site.Tests.Publishing;

public sealed class CalendarTests(PublishingSiteFixture site) : IClassFixture<PublishingSiteFixture>
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [Fact]
    public void Every_committee_has_a_calendar() =>
        Assert.Equal(
            ["beskaeftigelsesudvalget/moeder.ics", "byraadet/moeder.ics", "oekonomiudvalget/moeder.ics"],
            site.Files("*.ics"));

    [Theory]
    [InlineData("beskaeftigelsesudvalget/moeder.ics")]
    [InlineData("byraadet/moeder.ics")]
    [InlineData("oekonomiudvalget/moeder.ics")]
    public void Lines_end_in_CRLF_and_are_folded_at_75_octets_between_characters(string file)
    {
        foreach (var line in PhysicalLines(site.Bytes(file)))
        {
            Assert.True(line.Length <= 75, $"A line has {line.Length} octets: {StrictUtf8.GetString(line)}");
            StrictUtf8.GetString(line); // throws when a fold split a character
        }
    }

    [Fact]
    public void The_calendar_has_the_required_properties_and_one_event_per_meeting()
    {
        var lines = Unfold(site.Read("beskaeftigelsesudvalget/moeder.ics"));
        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal("END:VCALENDAR", lines[^1]);
        Assert.Contains("VERSION:2.0", lines);
        Assert.Contains(lines, l => l.StartsWith("PRODID:", StringComparison.Ordinal));
        Assert.Contains("TZID:Europe/Copenhagen", lines);

        var events = Events(lines);
        Assert.Equal(2, events.Count);
        foreach (var properties in events)
        {
            foreach (var required in new[] { "UID", "DTSTAMP", "DTSTART", "SUMMARY", "URL;VALUE=URI" })
            {
                Assert.Single(properties, p => p.Name == required || p.Name.StartsWith(required + ";", StringComparison.Ordinal));
            }
        }
        Assert.Equal(
            ["beskaeftigelsesudvalget-20260217@referater.testrup.dk", "beskaeftigelsesudvalget-20260609@referater.testrup.dk"],
            events.Select(e => e.Single(p => p.Name == "UID").Value));
    }

    [Fact]
    public void Meetings_start_in_Copenhagen_time_and_a_coming_agenda_is_there_too()
    {
        var events = Events(Unfold(site.Read("beskaeftigelsesudvalget/moeder.ics")));
        Assert.Equal(("DTSTART;TZID=Europe/Copenhagen", "20260217T133000"), Property(events[0], "DTSTART"));
        Assert.Equal(("DTSTART;TZID=Europe/Copenhagen", "20260609T160000"), Property(events[1], "DTSTART"));
        Assert.Equal("https://referater.testrup.dk/beskaeftigelsesudvalget/2026-06-09/", Property(events[1], "URL").Value);
        Assert.StartsWith("Dagsorden til Beskæftigelsesudvalgets møde tirsdag d. 9. juni 2026 kl. 16:00", Property(events[1], "DESCRIPTION").Value);
    }

    [Fact]
    public void A_meeting_without_a_time_is_an_all_day_event()
    {
        var events = Events(Unfold(site.Read("byraadet/moeder.ics")));
        Assert.Equal(("DTSTART;VALUE=DATE", "20260301"), Property(Assert.Single(events), "DTSTART"));
    }

    [Fact]
    public void Text_is_escaped_and_a_closed_punkt_shows_only_its_public_decision()
    {
        var meeting = Events(Unfold(site.Read("beskaeftigelsesudvalget/moeder.ics")))[0];
        Assert.Equal(@"Rådhuset\, mødelokale 1\; stuen", Property(meeting, "LOCATION").Value);
        var description = Property(meeting, "DESCRIPTION").Value;
        Assert.Contains(@"Punkt 11: Personalesag\nBeslutning: Indstillingen blev godkendt.", description);
        Assert.DoesNotContain(PublishingSiteFixture.Secret, description);
        var budget = Property(Events(Unfold(site.Read("byraadet/moeder.ics")))[0], "DESCRIPTION").Value;
        Assert.Contains(@"Punkt 1: Budget\; drift\, anlæg og \\ andet", budget);
    }

    [Fact]
    public void A_committee_without_meetings_has_an_empty_calendar() =>
        Assert.Empty(Events(Unfold(site.Read("oekonomiudvalget/moeder.ics"))));

    [Theory]
    [InlineData('a', 1)]
    [InlineData('ø', 2)]
    [InlineData('€', 3)]
    public void Folding_counts_octets_not_characters(char letter, int octets)
    {
        var value = new string(letter, 200) + "🙂🙂🙂";
        var bytes = new ICalendar().Text("DESCRIPTION", value).ToBytes();
        var lines = PhysicalLines(bytes).ToList();
        Assert.All(lines, line => Assert.InRange(line.Length, 1, 75));
        Assert.All(lines.Skip(1), line => Assert.Equal((byte)' ', line[0]));
        Assert.Equal("DESCRIPTION:" + value, Unfold(StrictUtf8.GetString(bytes)).Single());
        Assert.True(lines.Count >= (200 * octets + 12) / 75);
    }

    [Theory]
    [InlineData("a,b", @"a\,b")]
    [InlineData("a;b", @"a\;b")]
    [InlineData(@"a\b", @"a\\b")]
    [InlineData("a\r\nb\nc", @"a\nb\nc")]
    public void Text_values_are_escaped_as_RFC_5545_says(string text, string escaped) =>
        Assert.Equal(escaped, ICalendar.Escape(text));

    /// <summary>The file's lines as octets; every one must end in CRLF, and no CR or LF may stand alone.</summary>
    private static IEnumerable<byte[]> PhysicalLines(byte[] bytes)
    {
        Assert.True(bytes.Length >= 2 && bytes[^2] == '\r' && bytes[^1] == '\n', "The file must end with CRLF.");
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '\n')
            {
                Assert.True(i > 0 && bytes[i - 1] == '\r', $"A bare LF at octet {i}.");
                yield return bytes[start..(i - 1)];
                start = i + 1;
            }
            else if (bytes[i] == '\r')
            {
                Assert.True(i + 1 < bytes.Length && bytes[i + 1] == '\n', $"A bare CR at octet {i}.");
            }
        }
    }

    /// <summary>Content lines as RFC 5545 §3.1 unfolds them.</summary>
    private static List<string> Unfold(string text) =>
        [.. text.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n").Where(l => l.Length > 0)];

    private static List<List<(string Name, string Value)>> Events(List<string> lines)
    {
        var events = new List<List<(string, string)>>();
        List<(string, string)>? current = null;
        foreach (var line in lines)
        {
            if (line == "BEGIN:VEVENT")
            {
                current = [];
            }
            else if (line == "END:VEVENT")
            {
                events.Add(current!);
                current = null;
            }
            else if (current is not null)
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                current.Add((line[..colon], line[(colon + 1)..]));
            }
        }
        return events;
    }

    private static (string Name, string Value) Property(List<(string Name, string Value)> properties, string name) =>
        properties.Single(p => p.Name == name || p.Name.StartsWith(name + ";", StringComparison.Ordinal));
}
