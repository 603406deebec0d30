namespace Referater.Site.Validation;

/// <summary>
/// Addresses from site.yml that land in a file the host reads as configuration (<c>_redirects</c>) or in every page.
/// Such a value must be exactly one well-formed absolute address: a line break or a space inside it would let
/// content write a rule of its own (send the whole site elsewhere), so anything but one plain URL is refused.
/// </summary>
public static class HostUrls
{
    /// <summary><c>tilgængelighedserklæring</c> is not exactly one https address.</summary>
    public const string StatementCode = "RS0620";

    /// <summary>The address as the host gets it (ASCII, percent-encoded), or null with what is wrong.</summary>
    public static Uri? Parse(string? text, bool httpsOnly, out string? problem)
    {
        problem = null;
        if (string.IsNullOrEmpty(text))
        {
            problem = "er tom";
            return null;
        }
        if (text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u2028' or '\u2029'))
        {
            problem = "indeholder mellemrum, linjeskift eller styretegn";
            return null;
        }
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || !Uri.IsWellFormedUriString(uri.AbsoluteUri, UriKind.Absolute))
        {
            problem = "er ikke en gyldig webadresse";
            return null;
        }
        if (uri.Scheme != Uri.UriSchemeHttps && (httpsOnly || uri.Scheme != Uri.UriSchemeHttp))
        {
            problem = httpsOnly ? "skal begynde med https://" : "skal begynde med https:// eller http://";
            return null;
        }
        if (uri.UserInfo.Length > 0 || uri.Host.Length == 0)
        {
            problem = "skal være en almindelig adresse uden brugernavn";
            return null;
        }
        return uri;
    }
}
