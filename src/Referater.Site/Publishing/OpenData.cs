using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Referater.Site.Content;
using Referater.Site.Pipeline;
using Referater.Site.Rendering;

namespace Referater.Site.Publishing;

/// <summary>
/// The open data's shapes (documented in the README). Keys are Danish, like the front matter; the order of the
/// properties is their order here. Projected from the public views only: a closed punkt gives its number,
/// title and public decision, and its other keys stay empty.
/// </summary>
public static class OpenData
{
    /// <summary>
    /// Danish letters as they are, HTML in strings unescaped: these files are served as JSON, never inside a page. The
    /// shapes' metadata are generated at compile time (<see cref="OpenDataJson"/>): a build writes a file per meeting.
    /// </summary>
    public static JsonSerializerOptions Json { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        NewLine = "\n",
        TypeInfoResolver = OpenDataJson.Default,
    };

    public static byte[] ToBytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Json);

    /// <summary>
    /// A document whose last property is an array, as a file joined from parts (<see cref="JoinedFile"/>):
    /// <paramref name="empty"/> is the document serialized with the array empty, each item is serialized on its own.
    /// </summary>
    /// <remarks>
    /// Indented JSON puts each item of the array on lines of their own, one level deeper than the property: the item
    /// written alone, with that indentation before each of its lines, is the item as the whole document has it (a string
    /// in JSON holds no raw line break, so every line break is the writer's).
    /// </remarks>
    public static FileParts ArrayParts(byte[] empty, IReadOnlyList<FilePart> items)
    {
        var at = empty.AsSpan().LastIndexOf("[]"u8);
        if (at < 0)
        {
            throw new ArgumentException("The document has no empty array to join the items into.", nameof(empty));
        }
        if (items.Count == 0)
        {
            return new FileParts(empty, [], [], []);
        }
        var lineStart = empty.AsSpan(0, at).LastIndexOf((byte)'\n') + 1;
        var indent = empty.AsSpan(lineStart, at - lineStart).IndexOfAnyExcept((byte)' ') is var spaces && spaces >= 0 ? spaces : at - lineStart;
        return new FileParts(
            [.. empty.AsSpan(0, at + 1), (byte)'\n'],
            [.. items.Select(item => item with { Make = () => Indented(item.Make(), indent + Json.IndentSize) })],
            ",\n"u8.ToArray(),
            [(byte)'\n', .. Enumerable.Repeat((byte)' ', indent), (byte)']', .. empty.AsSpan(at + 2)]);
    }

    /// <summary>The JSON with <paramref name="indent"/> spaces before each of its lines.</summary>
    private static byte[] Indented(byte[] json, int indent)
    {
        var lines = json.AsSpan().Count((byte)'\n') + 1;
        var indented = new byte[json.Length + (lines * indent)];
        var to = indented.AsSpan();
        var from = json.AsSpan();
        while (true)
        {
            to[..indent].Fill((byte)' ');
            to = to[indent..];
            var end = from.IndexOf((byte)'\n');
            var line = end < 0 ? from : from[..(end + 1)];
            line.CopyTo(to);
            to = to[line.Length..];
            if (end < 0)
            {
                return indented;
            }
            from = from[(end + 1)..];
        }
    }

    public static MeetingData Meeting(MeetingView meeting, SiteConfig config, bool withSections = true) => new(
        $"{meeting.Committee.Slug}/{meeting.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
        FeedIds.Kind(meeting),
        meeting.Title,
        config.Municipality,
        Committee(meeting.Committee, config),
        meeting.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        meeting.Time?.ToString("HH':'mm", CultureInfo.InvariantCulture),
        meeting.EndTime?.ToString("HH':'mm", CultureInfo.InvariantCulture),
        MeetingTime.Iso(meeting),
        meeting.Place,
        meeting.Absentees,
        meeting.IntroHtml.Length == 0 ? null : meeting.IntroHtml,
        new MeetingLinks(
            config.AbsoluteUrl(meeting.Url),
            config.AbsoluteUrl(FollowUrls.MeetingData(meeting)),
            config.AbsoluteUrl(FollowUrls.CommitteeFeed(meeting.Committee)),
            config.AbsoluteUrl(FollowUrls.CommitteeCalendar(meeting.Committee))),
        [.. meeting.Items.Select(item => AgendaItem(item, config, withSections))]);

    public static CommitteeData Committee(Committee committee, SiteConfig config) =>
        new(committee.Slug, committee.Name, committee.Code, config.AbsoluteUrl(committee.Url));

    private static AgendaItemData AgendaItem(AgendaItemView item, SiteConfig config, bool withSections) => new(
        item.Number,
        item.Title,
        item.IsClosed,
        item.CaseNumber?.Value,
        item.CaseNumber?.MainGroup,
        item.Caseworker,
        item.OtherCaseworkers,
        item.Decision?.Text,
        withSections ? [.. item.Sections.Select(s => new SectionData(s.Heading, s.Id, s.Text, s.Html))] : null,
        [.. item.Attachments.Select(a => new AttachmentData(a.Title, a.Url is null ? null : config.AbsoluteUrl(a.Url), a.FileType, a.Bytes))],
        new AgendaItemLinks(
            config.AbsoluteUrl(item.Url),
            item.CaseNumber is { } caseNumber ? config.AbsoluteUrl(caseNumber.Url) : null,
            item.CaseNumber is { } followed ? config.AbsoluteUrl(FollowUrls.CaseFeed(followed)) : null));
}

/// <summary>The open data's shapes, known to the serializer at compile time.</summary>
[JsonSerializable(typeof(MeetingData))]
[JsonSerializable(typeof(AllMeetingsData))]
[JsonSerializable(typeof(AllCasesData))]
internal sealed partial class OpenDataJson : JsonSerializerContext;

public sealed record AllMeetingsData(
    [property: JsonPropertyName("kommune")] string Municipality,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("udvalg")] ImmutableArray<CommitteeData> Committees,
    [property: JsonPropertyName("moeder")] IEnumerable<MeetingData> Meetings);

public sealed record MeetingData(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("type")] string Kind,
    [property: JsonPropertyName("titel")] string Title,
    [property: JsonPropertyName("kommune")] string Municipality,
    [property: JsonPropertyName("udvalg")] CommitteeData Committee,
    [property: JsonPropertyName("dato")] string Date,
    [property: JsonPropertyName("tid")] string? Time,
    [property: JsonPropertyName("sluttid")] string? EndTime,
    [property: JsonPropertyName("start")] string Start,
    [property: JsonPropertyName("sted")] string? Place,
    [property: JsonPropertyName("fravaerende")] ImmutableArray<string> Absentees,
    [property: JsonPropertyName("indledning_html")] string? IntroHtml,
    [property: JsonPropertyName("links")] MeetingLinks Links,
    [property: JsonPropertyName("punkter")] ImmutableArray<AgendaItemData> Items);

public sealed record CommitteeData(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("navn")] string Name,
    [property: JsonPropertyName("kode")] string? Code,
    [property: JsonPropertyName("url")] string Url);

public sealed record MeetingLinks(
    [property: JsonPropertyName("side")] string Page,
    [property: JsonPropertyName("data")] string Data,
    [property: JsonPropertyName("feed")] string Feed,
    [property: JsonPropertyName("kalender")] string Calendar);

public sealed record AgendaItemData(
    [property: JsonPropertyName("nummer")] int Number,
    [property: JsonPropertyName("titel")] string Title,
    [property: JsonPropertyName("lukket")] bool IsClosed,
    [property: JsonPropertyName("sagsnummer")] string? CaseNumber,
    [property: JsonPropertyName("kle_hovedgruppe")] string? KleMainGroup,
    [property: JsonPropertyName("sagsbehandler")] string? Caseworker,
    [property: JsonPropertyName("oevrige_sagsbehandlere")] ImmutableArray<string> OtherCaseworkers,
    [property: JsonPropertyName("beslutning")] string? Decision,
    // Left out of /data/moeder.json, which would otherwise carry every text of the archive twice.
    [property: JsonPropertyName("afsnit"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ImmutableArray<SectionData>? Sections,
    [property: JsonPropertyName("bilag")] ImmutableArray<AttachmentData> Attachments,
    [property: JsonPropertyName("links")] AgendaItemLinks Links);

public sealed record SectionData(
    [property: JsonPropertyName("overskrift")] string Heading,
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("tekst")] string Text,
    [property: JsonPropertyName("html")] string Html);

public sealed record AttachmentData(
    [property: JsonPropertyName("titel")] string Title,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("filtype")] string? FileType,
    [property: JsonPropertyName("bytes")] long? Bytes);

/// <summary><c>/data/sager.json</c>: every case, with its title and where it stands.</summary>
public sealed record AllCasesData(
    [property: JsonPropertyName("kommune")] string Municipality,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("sager")] ImmutableArray<CaseData> Cases);

public sealed record CaseData(
    [property: JsonPropertyName("sagsnummer")] string Number,
    [property: JsonPropertyName("titel")] string Title,
    [property: JsonPropertyName("kle_hovedgruppe")] string? KleMainGroup,
    [property: JsonPropertyName("behandlinger")] int Treatments,
    [property: JsonPropertyName("foerste")] string First,
    [property: JsonPropertyName("seneste")] string Latest,
    [property: JsonPropertyName("seneste_beslutning")] string? LatestDecision,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("feed")] string Feed);

public sealed record AgendaItemLinks(
    [property: JsonPropertyName("side")] string Page,
    [property: JsonPropertyName("sag")] string? Case,
    [property: JsonPropertyName("sag_feed")] string? CaseFeed);
