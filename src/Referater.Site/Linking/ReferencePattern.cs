using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Referater.Site.Content;

namespace Referater.Site.Linking;

/// <summary>
/// Recognises the ways a referat refers to an earlier or later meeting, in the site's own committee names:
/// "jf. punkt 44 'Orientering om Ungeløftet', Møde i Beskæftigelsesudvalget den 19. august 2025",
/// "på sit møde d. 2. april 2014 (punkt 40)", "punkt 14. '…' fra den 19. februar 2020",
/// "på udvalgsmødet den 29. januar 2020 (sag nr. 3)", "Byrådets møde den 3. marts", "byrådsmødet den 3. marts".
/// A bare "mødet den …" names no body and is taken as a reference only together with a punkt number:
/// referater speak of many meetings that are not the committee's own.
/// </summary>
public sealed class ReferencePattern
{
    private static readonly string[] Months =
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

    private const string Date =
        @"(?<day>[0-3]?\d)\.\s*(?<month>januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)(?:\s+(?<year>(?:19|20)\d{2}))?\b";

    private const string On = @"(?:den|d\.)\s+";

    private const string Number = @"(?:punkt|pkt\.|sag\s+nr\.|sagsnr\.)\s*(?:nr\.\s*)?(?<number>\d{1,4})\b";

    private const string Quoted = @"(?:'[^'\n]{1,300}'|""[^""\n]{1,300}""|“[^”\n]{1,300}”|”[^”\n]{1,300}”|‘[^’\n]{1,300}’|»[^«\n]{1,300}«|«[^»\n]{1,300}»)";

    private readonly Regex _regex;
    private readonly FrozenDictionary<string, Committee> _committeesByName;

    public ReferencePattern(IEnumerable<Committee> committees)
    {
        var names = new Dictionary<string, Committee>(StringComparer.OrdinalIgnoreCase);
        var stems = new Dictionary<string, Committee>(StringComparer.OrdinalIgnoreCase);
        foreach (var committee in committees)
        {
            names.TryAdd(committee.Name, committee);
            // "Byrådet" is met as "byrådsmødet", "Beskæftigelsesudvalget" as "beskæftigelsesudvalgsmødet".
            if (committee.Name.EndsWith("et", StringComparison.OrdinalIgnoreCase) && committee.Name.Length > 4)
            {
                stems.TryAdd(committee.Name[..^2], committee);
            }
        }
        _committeesByName = names.Concat(stems).DistinctBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);

        var strong = new List<string>
        {
            @"\budvalgs\s?møde(?:t|r)?",
            @"\b(?:sit|sidste|seneste|forrige)\s+møde",
        };
        if (names.Count > 0)
        {
            var alternatives = Alternatives(names.Keys);
            strong.Add($@"\bmøde(?:t)?\s+i\s+(?<committee>{alternatives})");
            strong.Add($@"\b(?<committee>{alternatives})s\s+møde(?:t)?");
            strong.Add($@"(?<=\bi\s)(?<committee>{alternatives})");
        }
        if (stems.Count > 0)
        {
            strong.Add($@"\b(?<committee>{Alternatives(stems.Keys)})s\s?møde(?:t)?");
        }
        var meeting = $@"(?:{string.Join('|', strong)}|(?<weak>\bmøde(?:t)?))";
        var punktFirst = $@"\b{Number}\.?(?:\s*[,.]?\s*{Quoted})?\s*,?\s*(?:(?:på|fra|i|under|ved)\s+)?(?:(?:det|sit)\s+)?(?:{meeting}\s+)?{On}{Date}";
        var meetingFirst = $@"{meeting}\s+{On}{Date}(?:\s*\(\s*{Number}\s*\))?";
        _regex = new Regex($"{punktFirst}|{meetingFirst}",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);
    }

    /// <summary>Every reference in a piece of plain text, in order.</summary>
    public IEnumerable<Reference> Find(string text)
    {
        // Every form contains a date with a month name after "den" or "d."; most paragraphs have none.
        if (!text.Contains("den ", StringComparison.OrdinalIgnoreCase) && !text.Contains("d. ", StringComparison.OrdinalIgnoreCase))
        {
            yield break;
        }
        for (var match = _regex.Match(text); match.Success; match = match.NextMatch())
        {
            var number = match.Groups["number"].Success ? int.Parse(match.Groups["number"].ValueSpan) : (int?)null;
            if (match.Groups["weak"].Success && number is null)
            {
                continue;
            }
            var day = int.Parse(match.Groups["day"].ValueSpan);
            var month = Array.IndexOf(Months, match.Groups["month"].Value.ToLowerInvariant()) + 1;
            int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].ValueSpan) : null;
            var committee = match.Groups["committee"].Success ? _committeesByName[match.Groups["committee"].Value] : null;
            yield return new Reference(match.Index, match.Length, match.Value, committee, day, month, year, number);
        }
    }

    /// <summary>Longest first, so that one name that begins another is not taken for it.</summary>
    private static string Alternatives(IEnumerable<string> names) =>
        string.Join('|', names.OrderByDescending(n => n.Length).Select(n => Regex.Escape(n).Replace(@"\ ", @"\s+")));
}

/// <summary>One reference found in a text: where it stands, and the meeting (and punkt) it names.</summary>
public sealed record Reference(int Start, int Length, string Text, Committee? Committee, int Day, int Month, int? Year, int? Number)
{
    public int End => Start + Length;
}
