using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Referater.Site.Content;

/// <summary>The site's configuration, from <c>input/site.yml</c>.</summary>
/// <param name="LogoFile">The full path of the municipality's logo in the input folder, when site.yml names one.</param>
/// <param name="PrimaryColor">The municipality's colour (<c>#rrggbb</c>), checked for contrast against white.</param>
public sealed record SiteConfig(
    string Municipality,
    Uri BaseUrl,
    ImmutableArray<Committee> Committees,
    Regex? CaseNumberPattern,
    ImmutableSortedDictionary<string, string> CodeNames,
    string? AccessibilityStatementUrl,
    string? LogoFile,
    string? PrimaryColor)
{
    /// <summary>The words for labels that site.yml's <c>import:</c> adds to the importer's own.</summary>
    public ImmutableArray<ImportLabels> ImportLabels { get; init; } = [];

    public Committee? FindCommittee(string slug) =>
        Committees.FirstOrDefault(c => string.Equals(c.Slug, slug, StringComparison.Ordinal));

    /// <summary>What a grid code stands for, or the code itself when site.yml does not say (names are never guessed).</summary>
    public string NameOfCode(string code) => CodeNames.TryGetValue(code, out var name) ? name : code;

    public bool IsValidCaseNumber(string value)
    {
        if (CaseNumber.IsKle(value))
        {
            return true;
        }
        try
        {
            return CaseNumberPattern?.IsMatch(value) == true;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    public string AbsoluteUrl(string path) => new Uri(BaseUrl, path).ToString();

    /// <summary>What an attachment without a published file says instead of a link (<c>bilag_uden_fil</c>).</summary>
    public string AttachmentWithoutFileText { get; init; } = DefaultAttachmentWithoutFileText;

    public const string DefaultAttachmentWithoutFileText = "Bilaget er ikke offentliggjort på nettet";

    /// <summary>How long a meeting without <c>sluttid</c> is taken to last in calendars (<c>mødevarighed</c>).</summary>
    public TimeSpan MeetingDuration { get; init; } = DefaultMeetingDuration;

    public static readonly TimeSpan DefaultMeetingDuration = TimeSpan.FromHours(2);

    /// <summary>The address of each meeting place, by the place as meetings write it in <c>sted</c> (<c>steder</c>).</summary>
    public ImmutableSortedDictionary<string, string> PlaceAddresses { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>Names of KLE emner (<c>15.00.00</c>) the municipality gives in <c>kle_emner</c>; KLE's own emne list is not shipped.</summary>
    public ImmutableSortedDictionary<string, string> KleTopicNames { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
}

/// <summary>One kind of label under <c>import:</c> in site.yml (e.g. <c>indstilling</c>), its words, and where it stands.</summary>
public sealed record ImportLabels(string Kind, ImmutableArray<string> Words, int Line, int Column);
