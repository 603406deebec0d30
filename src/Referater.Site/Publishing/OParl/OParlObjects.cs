namespace Referater.Site.Publishing.OParl;

// The OParl 1.1 objects this site publishes, with the properties it can fill from public views. Property names are
// the specification's (camelCase by the serializer); the order here is the order in the files; null is left out.
// Every object carries id, type, created and modified, which OParl 1.1 requires of all objects.

public sealed record OParlSystem(
    string Id, string Type, string OparlVersion, string Body, string Name, string Website,
    string Created, string Modified, string Web);

public sealed record OParlBody(
    string Id, string Type, string System, string Name, string Classification,
    string Organization, string Person, string Meeting, string Paper,
    IReadOnlyList<OParlLegislativeTerm> LegislativeTerm,
    string AgendaItem, string Consultation, string File, string LocationList, string LegislativeTermList, string Membership,
    string Created, string Modified, string Web);

public sealed record OParlLegislativeTerm(
    string Id, string Type, string Body, string Name, string StartDate, string EndDate,
    string Created, string Modified);

public sealed record OParlOrganization(
    string Id, string Type, string Body, string Name, string? ShortName, string OrganizationType, string Meeting,
    string Created, string Modified, string Web);

public sealed record OParlLocation(string Id, string Type, string Description, string Created, string Modified);

public sealed record OParlMeeting(
    string Id, string Type, string Name, string MeetingState, bool Cancelled, string Start,
    OParlLocation? Location, IReadOnlyList<string> Organization,
    OParlFile? Invitation, OParlFile? ResultsProtocol,
    IReadOnlyList<OParlAgendaItem> AgendaItem,
    string Created, string Modified, string Web);

/// <summary>A punkt. Of a closed punkt (<c>Public</c> false) only its number, title and public decision are given.</summary>
public sealed record OParlAgendaItem(
    string Id, string Type, string Meeting, string Number, int Order, string Name, bool Public,
    string? Consultation, string? Result, string? ResolutionText, IReadOnlyList<OParlFile>? AuxiliaryFile,
    string Created, string Modified, string Web);

/// <summary>A case (sag) by its sagsnummer, with each treatment as a consultation.</summary>
public sealed record OParlPaper(
    string Id, string Type, string Body, string Name, string Reference, string Date, string PaperType,
    IReadOnlyList<OParlConsultation> Consultation, IReadOnlyList<string>? Keyword,
    string Created, string Modified, string Web);

public sealed record OParlConsultation(
    string Id, string Type, string Paper, string AgendaItem, string Meeting, IReadOnlyList<string> Organization, string Role,
    string Created, string Modified);

/// <summary>
/// A published file: an attachment of a public punkt (with its size and SHA-512 checksum), or a meeting's page as its
/// agenda or minutes (HTML). Size and checksum are read from the file when the object is first written.
/// </summary>
public sealed record OParlFile(
    string Id, string Type, string Name, string? FileName, string MimeType, string AccessUrl, string? DownloadUrl,
    IReadOnlyList<string> Meeting, IReadOnlyList<string>? AgendaItem, IReadOnlyList<string>? Paper,
    string Created, string Modified)
{
    private readonly Lazy<FileFacts>? _facts;

    public OParlFile(
        string id, string type, string name, string? fileName, string mimeType, string accessUrl, string? downloadUrl,
        IReadOnlyList<string> meeting, IReadOnlyList<string>? agendaItem, IReadOnlyList<string>? paper,
        string created, string modified, Lazy<FileFacts>? facts)
        : this(id, type, name, fileName, mimeType, accessUrl, downloadUrl, meeting, agendaItem, paper, created, modified) =>
        _facts = facts;

    [Pipeline.Fingerprinted]
    public long? Size => _facts?.Value.Size;

    [Pipeline.Fingerprinted]
    public string? Sha512Checksum => _facts?.Value.Sha512;
}

/// <summary>What OParl says of a file's bytes.</summary>
public sealed record FileFacts(long Size, string Sha512);

/// <summary>One page of an external object list.</summary>
public sealed record OParlPage<T>(IReadOnlyList<T> Data, OParlPagination Pagination, OParlLinks Links);

public sealed record OParlPagination(int TotalElements, int ElementsPerPage, int CurrentPage, int TotalPages);

public sealed record OParlLinks(string First, string? Prev, string Self, string? Next, string Last, string? Web);
