using System.Text;

namespace Referater.Site.Content;

/// <summary>URL slugs: lower case ASCII, Danish letters transliterated (æ→ae, ø→oe, å→aa), other runs as '-'.</summary>
public static class Slugs
{
    public static string From(string text, int maxWords = int.MaxValue)
    {
        var builder = new StringBuilder(text.Length);
        var words = 0;
        var pendingDash = false;
        foreach (var ch in text.ToLowerInvariant())
        {
            var transliterated = ch switch
            {
                'æ' => "ae",
                'ø' => "oe",
                'å' => "aa",
                'é' or 'è' or 'ê' or 'ë' => "e",
                'ü' => "u",
                'ö' => "o",
                'ä' => "a",
                _ when ch is >= 'a' and <= 'z' or >= '0' and <= '9' => null,
                _ => "",
            };
            if (transliterated == "")
            {
                pendingDash = builder.Length > 0;
                continue;
            }
            if (pendingDash)
            {
                if (++words >= maxWords)
                {
                    break;
                }
                builder.Append('-');
                pendingDash = false;
            }
            if (transliterated is null)
            {
                builder.Append(ch);
            }
            else
            {
                builder.Append(transliterated);
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// KLE numbers are URL-safe as they are and stay readable (<c>/sager/15.00.00-A00-3-25/</c>);
    /// other forms such as <c>20/4282</c> become <c>20-4282</c>.
    /// </summary>
    public static string ForCaseNumber(string caseNumber)
    {
        var builder = new StringBuilder(caseNumber.Length);
        foreach (var ch in caseNumber)
        {
            builder.Append(char.IsAsciiLetterOrDigit(ch) || ch is '.' or '-' or '_' ? ch : '-');
        }
        return builder.ToString();
    }
}
