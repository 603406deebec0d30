using System.Text;
using System.Text.Json;
using Referater.Site.Publishing;

namespace Referater.Site.Tests.Publishing;

public sealed class OpenDataTests(PublishingSiteFixture site) : IClassFixture<PublishingSiteFixture>
{
    private const string Meeting0217 = PublishingSiteFixture.BaseUrl + "/beskaeftigelsesudvalget/2026-02-17/";

    [Fact]
    public void Every_meeting_has_its_data_beside_its_page() =>
        Assert.Equal(
            ["beskaeftigelsesudvalget/2026-02-17/index.json", "beskaeftigelsesudvalget/2026-06-09/index.json", "byraadet/2026-03-01/index.json"],
            site.Files("index.json"));

    [Fact]
    public void A_meetings_data_has_its_facts_and_every_punkt_with_sections_as_text_and_HTML()
    {
        var meeting = Json("beskaeftigelsesudvalget/2026-02-17/index.json");
        Assert.Equal("beskaeftigelsesudvalget/2026-02-17", meeting.GetProperty("id").GetString());
        Assert.Equal("referat", meeting.GetProperty("type").GetString());
        Assert.Equal("Testrup Kommune", meeting.GetProperty("kommune").GetString());
        Assert.Equal("Beskæftigelsesudvalget", meeting.GetProperty("udvalg").GetProperty("navn").GetString());
        Assert.Equal("2026-02-17", meeting.GetProperty("dato").GetString());
        Assert.Equal("13:30", meeting.GetProperty("tid").GetString());
        Assert.Equal("2026-02-17T13:30:00+01:00", meeting.GetProperty("start").GetString());
        Assert.Equal(PublishingSiteFixture.Place, meeting.GetProperty("sted").GetString());
        Assert.Equal(Meeting0217, meeting.GetProperty("links").GetProperty("side").GetString());
        Assert.Equal(Meeting0217 + "index.json", meeting.GetProperty("links").GetProperty("data").GetString());

        var items = meeting.GetProperty("punkter").EnumerateArray().ToList();
        Assert.Equal([10, 11, 12], items.Select(i => i.GetProperty("nummer").GetInt32()));
        var punkt = items[0];
        Assert.Equal("Beskæftigelsesreformen: første drøftelse", punkt.GetProperty("titel").GetString());
        Assert.False(punkt.GetProperty("lukket").GetBoolean());
        Assert.Equal("15.00.00-A00-3-25", punkt.GetProperty("sagsnummer").GetString());
        Assert.Equal("15", punkt.GetProperty("kle_hovedgruppe").GetString());
        Assert.Equal("Karen Hansen", punkt.GetProperty("sagsbehandler").GetString());
        Assert.Equal(PublishingSiteFixture.Decision10, punkt.GetProperty("beslutning").GetString());
        var sections = punkt.GetProperty("afsnit").EnumerateArray().ToList();
        Assert.Equal(["Resume", "Beslutning"], sections.Select(s => s.GetProperty("overskrift").GetString()));
        Assert.Equal("Udvalget drøfter reformen.", sections[0].GetProperty("tekst").GetString());
        Assert.Equal("<p>Udvalget drøfter reformen.</p>\n", sections[0].GetProperty("html").GetString());
        var attachment = Assert.Single(punkt.GetProperty("bilag").EnumerateArray());
        Assert.Equal("Oplæg om reformen", attachment.GetProperty("titel").GetString());
        Assert.Equal(Meeting0217 + "oplaeg.pdf", attachment.GetProperty("url").GetString());
        Assert.Equal(Meeting0217 + "#punkt-10", punkt.GetProperty("links").GetProperty("side").GetString());
        Assert.Equal(PublishingSiteFixture.BaseUrl + "/sager/15.00.00-A00-3-25/feed.xml", punkt.GetProperty("links").GetProperty("sag_feed").GetString());
    }

    [Fact]
    public void A_closed_punkt_gives_only_number_title_and_public_decision()
    {
        var closed = Json("beskaeftigelsesudvalget/2026-02-17/index.json").GetProperty("punkter")[1];
        Assert.True(closed.GetProperty("lukket").GetBoolean());
        Assert.Equal("Personalesag", closed.GetProperty("titel").GetString());
        Assert.Equal(JsonValueKind.Null, closed.GetProperty("sagsnummer").ValueKind);
        Assert.Equal(JsonValueKind.Null, closed.GetProperty("sagsbehandler").ValueKind);
        Assert.Empty(closed.GetProperty("bilag").EnumerateArray());
        Assert.Equal("Indstillingen blev godkendt.", closed.GetProperty("beslutning").GetString());
        var section = Assert.Single(closed.GetProperty("afsnit").EnumerateArray());
        Assert.Equal("Indstillingen blev godkendt.", section.GetProperty("tekst").GetString());
    }

    [Fact]
    public void The_archive_lists_every_meeting_with_its_punkter_without_their_full_text()
    {
        var all = Json("data/moeder.json");
        Assert.Equal(["beskaeftigelsesudvalget", "byraadet", "oekonomiudvalget"], all.GetProperty("udvalg").EnumerateArray().Select(c => c.GetProperty("slug").GetString()));
        var meetings = all.GetProperty("moeder").EnumerateArray().ToList();
        Assert.Equal(
            ["beskaeftigelsesudvalget/2026-02-17", "byraadet/2026-03-01", "beskaeftigelsesudvalget/2026-06-09"],
            meetings.Select(m => m.GetProperty("id").GetString()));
        var items = meetings.SelectMany(m => m.GetProperty("punkter").EnumerateArray()).ToList();
        Assert.Equal(PublishingSiteFixture.AgendaItems, items.Count);
        Assert.All(items, i => Assert.False(i.TryGetProperty("afsnit", out _)));
        Assert.Equal("2026-03-01", meetings[1].GetProperty("start").GetString());
        Assert.Equal(JsonValueKind.Null, meetings[1].GetProperty("tid").ValueKind);
    }

    [Fact]
    public void Danish_letters_and_HTML_are_written_as_they_are()
    {
        var text = site.Read("beskaeftigelsesudvalget/2026-02-17/index.json");
        Assert.Contains("\"navn\": \"Beskæftigelsesudvalget\"", text);
        Assert.Contains("<p>Udvalget drøfter reformen.</p>", text);
    }

    [Fact]
    public void The_table_has_a_BOM_CRLF_and_one_row_per_punkt()
    {
        var bytes = site.Bytes("data/punkter.csv");
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.EndsWith("\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal));

        var rows = ParseCsv(text);
        Assert.Equal(SiteDataFiles.CsvHeader, rows[0]);
        var records = rows.Skip(1).ToList();
        Assert.Equal(PublishingSiteFixture.AgendaItems, records.Count);
        Assert.All(records, r => Assert.Equal(SiteDataFiles.CsvHeader.Length, r.Length));

        var punkt10 = records.Single(r => r[3] == "10");
        Assert.Equal(["2026-02-17", "Beskæftigelsesudvalget", "referat", "10", "Beskæftigelsesreformen: første drøftelse", "nej", "15.00.00-A00-3-25", "15",
            PublishingSiteFixture.Decision10, Meeting0217 + "#punkt-10"], punkt10);
        var closed = records.Single(r => r[3] == "11");
        Assert.Equal(["ja", "", "", "Indstillingen blev godkendt."], closed[5..9]);
        Assert.Equal(["", ""], records.Single(r => r[1] == "Byrådet")[6..8]);
        Assert.Equal("20/4282", records.Single(r => r[3] == "12")[6]);
    }

    [Fact]
    public void Quotes_separators_and_line_breaks_survive_the_table()
    {
        var bytes = new CsvTable("a", "b", "c").Row("x; \"y\", z", "linje 1\nlinje 2", "- et punkt").ToBytes();
        var rows = ParseCsv(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(["x; \"y\", z", "linje 1\r\nlinje 2", "- et punkt"], rows[1]);
    }

    /// <summary>A long table's text lies in many pieces; a letter outside the basic plane may fall across two of them.</summary>
    [Fact]
    public void A_long_table_is_encoded_whole_with_its_byte_order_mark()
    {
        var table = new CsvTable("titel", "tekst");
        var rows = Enumerable.Range(0, 5_000).Select(i => ($"Punkt {i} om ældre", new string('x', i % 7) + "😀 æ ø å " + i)).ToList();
        foreach (var (title, text) in rows)
        {
            table.Row(title, text);
        }
        var bytes = table.ToBytes();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var expected = "titel;tekst\r\n" + string.Concat(rows.Select(r => $"{r.Item1};{r.Item2}\r\n"));
        Assert.Equal(expected, Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void The_table_is_semicolon_separated_as_Danish_Excel_opens_it_by_double_click()
    {
        var text = Encoding.UTF8.GetString(site.Bytes("data/punkter.csv")[3..]);
        Assert.StartsWith(string.Join(';', SiteDataFiles.CsvHeader) + "\r\n", text);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"https://example.com\")")]
    [InlineData("+1+1")]
    [InlineData("@SUM(A1)")]
    [InlineData("-1+1")]
    public void A_field_that_starts_like_a_formula_stays_text(string value)
    {
        var rows = ParseCsv(Encoding.UTF8.GetString(new CsvTable("a").Row(value).ToBytes()[3..]));
        Assert.Equal("'" + value, rows[1][0]);
    }

    private JsonElement Json(string file) => JsonDocument.Parse(site.Read(file)).RootElement;

    /// <summary>An RFC 4180 reader as Danish spreadsheets read it: fields separated by semicolons, records by CRLF, quoted fields with doubled quotes.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                Assert.Equal(0, field.Length);
                quoted = true;
            }
            else if (c == ';')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }
        Assert.False(quoted, "A quoted field is not closed.");
        Assert.Empty(fields);
        return rows;
    }
}
