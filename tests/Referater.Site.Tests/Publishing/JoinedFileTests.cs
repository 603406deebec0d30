using System.Text;
using System.Text.Json;
using Referater.Site.Pipeline;
using Referater.Site.Publishing;

namespace Referater.Site.Tests.Publishing;

/// <summary>A file joined from parts is the file made whole, and an edit makes again only the parts whose keys changed.</summary>
public sealed class JoinedFileTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, NewLine = "\n" };

    private sealed record Document(string Name, object[] Items);

    private static object Item(int number) => new { nummer = number, titel = $"Punkt {number} om æøå", afsnit = new[] { new { tekst = "Linje 1\nlinje 2" } } };

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void A_json_array_joined_from_its_items_is_the_document_serialized_whole(int count)
    {
        var items = Enumerable.Range(1, count).Select(Item).ToArray();
        var whole = JsonSerializer.SerializeToUtf8Bytes(new Document("Byrådet", items), Indented);

        var parts = OpenData.ArrayParts(
            JsonSerializer.SerializeToUtf8Bytes(new Document("Byrådet", []), Indented),
            [.. items.Select((item, i) => new FilePart($"punkt-{i}", () => JsonSerializer.SerializeToUtf8Bytes(item, Indented)))]);
        var (content, table) = parts.Join(previous: null);

        Assert.Equal(Encoding.UTF8.GetString(whole), Encoding.UTF8.GetString(content.Span));
        Assert.Equal(count, table.Length);
    }

    [Fact]
    public void The_cases_data_joined_from_its_cases_is_the_file_serialized_whole_with_the_open_data_options()
    {
        CaseData Case(int n) => new($"00.01.0{n}-A00-1-26", $"Sag {n} om \"æøå\"", "00", n, "2026-01-02", "2026-03-04", n == 2 ? null : "Godkendt.\nLinje to.", $"https://x.dk/sager/{n}/", $"https://x.dk/sager/{n}/feed.xml");
        var cases = new[] { Case(1), Case(2), Case(3) };

        var parts = OpenData.ArrayParts(
            OpenData.ToBytes(new AllCasesData("Herning Kommune", "https://x.dk/", [])),
            [.. cases.Select(c => new FilePart(c.Number, () => OpenData.ToBytes(c)))]);

        Assert.Equal(
            Encoding.UTF8.GetString(OpenData.ToBytes(new AllCasesData("Herning Kommune", "https://x.dk/", [.. cases]))),
            Encoding.UTF8.GetString(parts.Join(previous: null).Content.Span));
    }

    [Fact]
    public void Parts_whose_keys_the_last_file_holds_are_taken_from_it_and_only_the_others_made()
    {
        var made = new List<string>();
        FileParts Parts(params (string Key, string Text)[] parts) => new(
            "hoved\n"u8.ToArray(),
            [.. parts.Select(p => new FilePart(p.Key, () =>
            {
                made.Add(p.Key);
                return Encoding.UTF8.GetBytes(p.Text);
            }))],
            ";"u8.ToArray(),
            "\nhale"u8.ToArray());

        var (first, table) = Parts(("a", "første"), ("b", "anden"), ("c", "tredje")).Join(previous: null);
        Assert.Equal("hoved\nførste;anden;tredje\nhale", Encoding.UTF8.GetString(first.Span));
        var previous = table.ToDictionary(part => part.Key, part => first.Slice(part.Offset, part.Length));

        made.Clear();
        var (second, _) = Parts(("a", "ikke læst"), ("b2", "ny anden"), ("c", "ikke læst")).Join(previous);

        Assert.Equal(["b2"], made);
        Assert.Equal("hoved\nførste;ny anden;tredje\nhale", Encoding.UTF8.GetString(second.Span));
    }
}
