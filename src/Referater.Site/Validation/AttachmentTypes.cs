using System.Collections.Frozen;

namespace Referater.Site.Validation;

/// <summary>
/// The kinds of file an attachment may be. An attachment is published on the site's own origin, where an HTML, SVG,
/// XML or JavaScript file could run script as the site; so only documents, data and images that cannot carry script
/// are published, each served with its own media type (and, by netlify.toml, without sniffing and in a sandbox).
/// </summary>
public static class AttachmentTypes
{
    public const string Code = "RS0610";

    /// <summary>Extension (lower case, with the dot) and the media type a host serves it with.</summary>
    public static readonly FrozenDictionary<string, string> Allowed = new Dictionary<string, string>
    {
        [".pdf"] = "application/pdf",
        [".doc"] = "application/msword",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xls"] = "application/vnd.ms-excel",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".ppt"] = "application/vnd.ms-powerpoint",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".ods"] = "application/vnd.oasis.opendocument.spreadsheet",
        [".odp"] = "application/vnd.oasis.opendocument.presentation",
        [".rtf"] = "application/rtf",
        [".txt"] = "text/plain",
        [".csv"] = "text/csv",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool IsAllowed(string fileName) => Allowed.ContainsKey(Path.GetExtension(fileName).ToLowerInvariant());

    /// <summary>The message for a file of another kind: what it is not, and what to do instead.</summary>
    public static string Refusal(string fileName) =>
        $"bilaget '{fileName}' er en filtype ({Extension(fileName)}), som ikke udgives: den kan indeholde kode, der ville køre på sitets adresse. "
        + $"Gem bilaget som PDF (eller som {string.Join(", ", Allowed.Keys.Where(k => k != ".pdf"))}).";

    private static string Extension(string fileName) => Path.GetExtension(fileName) is { Length: > 0 } extension ? extension : "uden endelse";
}
