using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticFiles;
using Referater.Site.Content;
using Referater.Site.Linking;
using Referater.Site.Pipeline;
using Referater.Site.Rendering;
using Referater.Site.Rendering.Corrections;

namespace Referater.Site.Publishing.OParl;

/// <summary>
/// The site as OParl 1.1 objects, made from the public views (so a closed punkt is an AgendaItem with
/// <c>public: false</c>, its number, title and public decision, and nothing else) and from the history (created,
/// modified). Every object is made once and written both on its own, at its id, and inside the objects and lists
/// that embed it. A meeting's objects and a case's are made when first asked for: each is known by its id and by what
/// it is made from (<see cref="OParlEntry{T}"/>) before it is made, so a rebuild after one edit makes only the objects of
/// the meetings and cases the edit touched, and the pages of the lists that hold them.
/// </summary>
public sealed class OParlApi
{
    public const string Version = "https://schema.oparl.org/1.1/";

    /// <summary>OParl recommends pages for lists over 100 objects.</summary>
    public const int PageSize = 100;

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly BuildContext _context;
    private readonly string _base;
    private readonly ConcurrentDictionary<string, Lazy<FileFacts>> _facts = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, string> _sources;

    private OParlApi(BuildContext context)
    {
        _context = context;
        _base = context.Config.AbsoluteUrl("/").TrimEnd('/');
        _sources = context.Site.Files.ToDictionary(f => "/" + f.Path, f => f.SourcePath, StringComparer.Ordinal);
    }

    public OParlSystem System { get; private set; } = default!;

    public OParlBody Body { get; private set; } = default!;

    public IReadOnlyList<(Committee Committee, OParlOrganization Organization, IReadOnlyList<OParlEntry<OParlMeeting>> Meetings)> Organizations { get; private set; } = [];

    public IReadOnlyList<OParlEntry<OParlMeeting>> Meetings { get; private set; } = [];

    public IReadOnlyList<OParlEntry<OParlAgendaItem>> AgendaItems { get; private set; } = [];

    public IReadOnlyList<OParlEntry<OParlPaper>> Papers { get; private set; } = [];

    public IReadOnlyList<OParlEntry<OParlConsultation>> Consultations { get; private set; } = [];

    public IReadOnlyList<OParlEntry<OParlFile>> Files { get; private set; } = [];

    public IReadOnlyList<OParlLocation> Locations { get; private set; } = [];

    public IReadOnlyList<OParlLegislativeTerm> LegislativeTerms { get; private set; } = [];

    /// <summary>Whether every entry names what it is made from (a build with a cache); without, a file is known by its bytes.</summary>
    public bool NamesInputs => _context.Digests is not null;

    public string Absolute(string path) => _base + path;

    /// <summary>The site's path of one of its absolute addresses.</summary>
    public string PathOf(string absolute) => absolute[_base.Length..];

    public static OParlApi Build(BuildContext context)
    {
        var api = new OParlApi(context);
        api.Make();
        return api;
    }

    private static string TypeOf(string name) => Version + name;

    private void Make()
    {
        var config = _context.Config;
        var (configCreated, configModified) = ConfigDates();
        var meetings = _context.Meetings
            .OrderBy(m => m.Date)
            .ThenBy(m => m.Committee.Slug, StringComparer.Ordinal)
            .ToList();
        LegislativeTerms = DanishElectionPeriods.Covering(meetings.Select(m => m.Date))
            .Select(term => new OParlLegislativeTerm(
                Absolute(OParlUrls.LegislativeTerm(term.First, term.Last)), TypeOf("LegislativeTerm"), Absolute(OParlUrls.Body),
                $"Valgperioden {term.First}–{term.Last}",
                $"{term.First}-01-01", $"{term.Last}-12-31", configCreated, configModified))
            .ToList();
        Locations = MakeLocations(meetings);
        var locationOf = Locations.ToDictionary(l => l.Description, StringComparer.Ordinal);
        var agendaItems = new List<OParlEntry<OParlAgendaItem>>();
        var files = new List<OParlEntry<OParlFile>>();
        Meetings = meetings.Select(m => MeetingEntry(m, m.Place is { } place ? locationOf[place.Trim()] : null, agendaItems, files)).ToList();
        AgendaItems = agendaItems;
        Files = files.DistinctBy(f => f.Id, StringComparer.Ordinal).ToList();
        Organizations = config.Committees
            .Select(c => (c, new OParlOrganization(
                Absolute(OParlUrls.Organization(c)), TypeOf("Organization"), Absolute(OParlUrls.Body), c.Name, c.Code,
                "Gremium", Absolute(OParlUrls.OrganizationMeetings(c)), configCreated, configModified, Absolute(c.Url)),
                (IReadOnlyList<OParlEntry<OParlMeeting>>)Meetings.Where((_, i) => meetings[i].Committee.Slug == c.Slug).ToList()))
            .ToList();
        var consultations = new List<OParlEntry<OParlConsultation>>();
        Papers = _context.Cases.Cases.Select(history => PaperEntry(history, consultations)).ToList();
        Consultations = consultations;
        Body = new OParlBody(
            Absolute(OParlUrls.Body), TypeOf("Body"), Absolute(OParlUrls.System), config.Municipality, "Kommune",
            Absolute(OParlUrls.Organizations), Absolute(OParlUrls.Persons), Absolute(OParlUrls.Meetings), Absolute(OParlUrls.Papers),
            LegislativeTerms,
            Absolute(OParlUrls.AgendaItems), Absolute(OParlUrls.Consultations), Absolute(OParlUrls.Files),
            Absolute(OParlUrls.Locations), Absolute(OParlUrls.LegislativeTerms), Absolute(OParlUrls.Memberships),
            configCreated, configModified, Absolute("/"));
        System = new OParlSystem(
            Absolute(OParlUrls.System), TypeOf("System"), Version, Absolute(OParlUrls.Bodies),
            $"Dagsordener og referater · {config.Municipality}", Absolute("/"), configCreated, configModified, Absolute("/"));
    }

    /// <summary>
    /// A meeting, and the entries of its punkter and files, each made from the meeting's object when first asked for. They
    /// are all made from the meeting's summary, its history, its place's Location (dated by the first meeting held there)
    /// and its attachments' bytes.
    /// </summary>
    private OParlEntry<OParlMeeting> MeetingEntry(
        MeetingView meeting, OParlLocation? location, List<OParlEntry<OParlAgendaItem>> agendaItems, List<OParlEntry<OParlFile>> files)
    {
        var attachments = meeting.Items
            .Select(item => item.Attachments.Where(a => a.Url is not null && _sources.ContainsKey(Uri.UnescapeDataString(a.Url))).ToList())
            .ToList();
        var inputs = _context.Digests is { } digests
            ? Fingerprint.Of(_context.Config, digests.Summaries[meeting.Url], _context.History.Of(meeting.Url), location,
                attachments.SelectMany(list => list).Select(a => Fingerprint.OfFile(_sources[Uri.UnescapeDataString(a.Url!)])).ToList())
            : null;
        var entry = new OParlEntry<OParlMeeting>(Absolute(OParlUrls.Meeting(meeting)), inputs, () => MakeMeeting(meeting, location));
        files.Add(new(Absolute(OParlUrls.MeetingDocument(meeting)), inputs, () => entry.Value.Invitation ?? entry.Value.ResultsProtocol!));
        for (var i = 0; i < meeting.Items.Length; i++)
        {
            var order = i;
            agendaItems.Add(new(Absolute(OParlUrls.AgendaItem(meeting, meeting.Items[i])), inputs, () => entry.Value.AgendaItem[order]));
            foreach (var attachment in attachments[i])
            {
                var id = Absolute(OParlUrls.Attachment(attachment.Url!));
                files.Add(new(id, inputs, () => entry.Value.AgendaItem[order].AuxiliaryFile!.First(f => f.Id == id)));
            }
        }
        return entry;
    }

    /// <summary>A case, and the entries of its treatments, made from the summaries and the histories of the meetings that treated it.</summary>
    private OParlEntry<OParlPaper> PaperEntry(CaseHistory history, List<OParlEntry<OParlConsultation>> consultations)
    {
        var treatments = _context.TreatmentsOf(history);
        var inputs = _context.Digests is { } digests
            ? Fingerprint.Of(_context.Config, digests.Case(history), treatments.Select(t => t.Meeting.Url).Distinct(StringComparer.Ordinal).Select(_context.History.Of).ToList())
            : null;
        var entry = new OParlEntry<OParlPaper>(Absolute(OParlUrls.Paper(history.Number)), inputs, () => MakePaper(history, treatments));
        for (var i = 0; i < treatments.Count; i++)
        {
            var order = i;
            consultations.Add(new(Absolute(OParlUrls.Consultation(treatments[i].Meeting, treatments[i].Item)), inputs, () => entry.Value.Consultation[order]));
        }
        return entry;
    }

    private List<OParlLocation> MakeLocations(List<MeetingView> meetings)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var locations = new List<OParlLocation>();
        foreach (var group in meetings.Where(m => m.Place is not null).GroupBy(m => m.Place!.Trim(), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var slug = Slugs.From(group.Key) is { Length: > 0 } s ? s : "sted";
            var unique = slug;
            for (var n = 2; !used.Add(unique); n++)
            {
                unique = $"{slug}-{n}";
            }
            var (created, _) = MeetingDates(group.First());
            locations.Add(new OParlLocation(Absolute(OParlUrls.Location(unique)), TypeOf("Location"), group.Key, created, created));
        }
        return locations;
    }

    private OParlMeeting MakeMeeting(MeetingView meeting, OParlLocation? location)
    {
        var (created, modified) = MeetingDates(meeting);
        var id = Absolute(OParlUrls.Meeting(meeting));
        var organization = Absolute(OParlUrls.Organization(meeting.Committee));
        // The meeting's page is its agenda until the minutes are out; then it is the minutes.
        var document = new OParlFile(
            Absolute(OParlUrls.MeetingDocument(meeting)), TypeOf("File"), meeting.Title, null, "text/html",
            Absolute(meeting.Url), null, [id], null, null, created, modified);
        var isMinutes = meeting.Kind == MeetingKind.Referat;
        return new OParlMeeting(
            id, TypeOf("Meeting"), meeting.Title,
            // The specification's recommended states: invited until the minutes are released, held after.
            isMinutes ? "durchgeführt" : "eingeladen",
            false,
            MeetingTime.Rfc3339(MeetingTime.Start(meeting)),
            location,
            [organization],
            isMinutes ? null : document,
            isMinutes ? document : null,
            meeting.Items.Select((item, order) => MakeAgendaItem(meeting, item, order + 1, id)).ToList(),
            created, modified, Absolute(meeting.Url));
    }

    private OParlAgendaItem MakeAgendaItem(MeetingView meeting, AgendaItemView item, int order, string meetingId)
    {
        var (created, modified) = ItemDates(meeting, item);
        var id = Absolute(OParlUrls.AgendaItem(meeting, item));
        var decision = item.Decision?.Text;
        // "result" is a short category ("Indstillingen er tiltrådt."): a decision of one short line is one; a longer one is only resolutionText.
        var result = decision is { Length: <= 160 } && !decision.Contains('\n') ? decision : null;
        var files = item.Attachments
            .Where(a => a.Url is not null && _sources.ContainsKey(Uri.UnescapeDataString(a.Url)))
            .Select(a => MakeAttachment(meeting, item, a, created, modified))
            .ToList();
        return new OParlAgendaItem(
            id, TypeOf("AgendaItem"), meetingId, item.Number.ToString(CultureInfo.InvariantCulture), order, item.Title, !item.IsClosed,
            item.CaseNumber is null ? null : Absolute(OParlUrls.Consultation(meeting, item)),
            result, decision, files.Count == 0 ? null : files,
            created, modified, Absolute(item.Url));
    }

    private OParlFile MakeAttachment(MeetingView meeting, AgendaItemView item, AttachmentView attachment, string created, string modified)
    {
        var url = attachment.Url!;
        var source = _sources[Uri.UnescapeDataString(url)];
        var fileName = Uri.UnescapeDataString(url[(url.LastIndexOf('/') + 1)..]);
        return new OParlFile(
            Absolute(OParlUrls.Attachment(url)), TypeOf("File"), attachment.Title, fileName,
            ContentTypes.TryGetContentType(fileName, out var type) ? type : "application/octet-stream",
            Absolute(url), Absolute(url),
            [Absolute(OParlUrls.Meeting(meeting))], [Absolute(OParlUrls.AgendaItem(meeting, item))],
            item.CaseNumber is { } number ? [Absolute(OParlUrls.Paper(number))] : null,
            created, modified,
            _facts.GetOrAdd(source, path => new Lazy<FileFacts>(() => Facts(path))));
    }

    private static FileFacts Facts(string path)
    {
        using var stream = File.OpenRead(path);
        return new FileFacts(stream.Length, Convert.ToHexStringLower(SHA512.HashData(stream)));
    }

    private OParlPaper MakePaper(CaseHistory history, IReadOnlyList<(MeetingView Meeting, AgendaItemView Item)> treatments)
    {
        var instants = treatments.Select(t => ItemInstants(t.Meeting, t.Item)).ToList();
        var consultations = treatments.Select(t =>
        {
            var (created, modified) = ItemDates(t.Meeting, t.Item);
            return new OParlConsultation(
                Absolute(OParlUrls.Consultation(t.Meeting, t.Item)), TypeOf("Consultation"), Absolute(OParlUrls.Paper(history.Number)),
                Absolute(OParlUrls.AgendaItem(t.Meeting, t.Item)), Absolute(OParlUrls.Meeting(t.Meeting)),
                [Absolute(OParlUrls.Organization(t.Meeting.Committee))],
                t.Meeting.Kind == MeetingKind.Referat ? "Behandlet" : "Til behandling",
                created, modified);
        }).ToList();
        return new OParlPaper(
            Absolute(OParlUrls.Paper(history.Number)), TypeOf("Paper"), Absolute(OParlUrls.Body),
            history.Latest.Title, history.Number.Value, history.First.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "Sag",
            consultations,
            history.Number.MainGroup is { } group ? [KleMainGroups.Label(group)] : null,
            Time(instants.Min(i => i.Created)), Time(instants.Max(i => i.Modified)),
            Absolute(history.Url));
    }

    private (string Created, string Modified) MeetingDates(MeetingView meeting) => Format(MeetingInstants(meeting));

    private (string Created, string Modified) ItemDates(MeetingView meeting, AgendaItemView item) => Format(ItemInstants(meeting, item));

    /// <summary>When a meeting was published and last changed; without history, its start.</summary>
    private (DateTimeOffset Created, DateTimeOffset Modified) MeetingInstants(MeetingView meeting) =>
        _context.History.Of(meeting.Url) is { } history
            ? (history.Published, history.Modified)
            : (MeetingTime.Start(meeting), MeetingTime.Start(meeting));

    /// <summary>When a punkt was published and last changed; a punkt not yet committed has its meeting's dates.</summary>
    private (DateTimeOffset Created, DateTimeOffset Modified) ItemInstants(MeetingView meeting, AgendaItemView item) =>
        _context.History.Of(meeting.Url)?.Items.GetValueOrDefault(item.Number) is { } dates
            ? (dates.Created, dates.Modified)
            : MeetingInstants(meeting);

    /// <summary>site.yml's first and last commit; without history, the first meeting's start.</summary>
    private (string Created, string Modified) ConfigDates()
    {
        var earliest = _context.Meetings.IsEmpty ? (DateTimeOffset?)null : _context.Meetings.Min(MeetingTime.Start);
        var created = _context.History.ConfigCreated ?? earliest ?? DateTimeOffset.UnixEpoch;
        return Format((created, _context.History.ConfigModified ?? created));
    }

    private static (string Created, string Modified) Format((DateTimeOffset Created, DateTimeOffset Modified) dates) =>
        (Time(dates.Created), Time(dates.Modified));

    private static string Time(DateTimeOffset instant) => MeetingTime.Rfc3339(SiteHistory.InDenmark(instant));
}

/// <summary>
/// An OParl object known by its id, and by what it is made from, before it is made: a rebuild that finds the inputs of its
/// file unchanged keeps the file without making the object. Made when first asked for, by whichever file needs it first,
/// and held weakly: asked for again before the next garbage collection (a meeting's punkter, one after the other), it is
/// not made again; asked for after it (a list page holds objects whose own files come later), it is. Held strongly,
/// every object of the site (270,000 at 11,000 meetings) would stay until OParl's last file is written (at 5,500
/// meetings the build's peak was 1,169 MB with them held, 1,103 MB without, for the same CPU time).
/// </summary>
/// <param name="inputs">A digest of everything the object is made from; null when the build names no inputs (check, preview).</param>
public sealed class OParlEntry<T>(string id, string? inputs, Func<T> make)
    where T : class
{
    private readonly Lock _making = new();
    private WeakReference<T>? _made;

    public string Id => id;

    public string? Inputs => inputs;

    public T Value
    {
        get
        {
            lock (_making)
            {
                if (_made is not null && _made.TryGetTarget(out var made))
                {
                    return made;
                }
                var value = make();
                if (_made is null)
                {
                    _made = new WeakReference<T>(value);
                }
                else
                {
                    _made.SetTarget(value);
                }
                return value;
            }
        }
    }
}
