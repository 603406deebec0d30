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
public sealed partial class ReferencePattern
{
    // Digits are ASCII only: '\d' also matches fullwidth and other digits, which int.Parse does not read.
    private const string Number = @"(?:punkt|pkt\.|sag\s+nr\.|sagsnr\.)\s*(?:nr\.\s*)?(?<number>[0-9]{1,4})\b";

    private const string Quoted = @"(?:'[^'\n]{1,300}'|""[^""\n]{1,300}""|“[^”\n]{1,300}”|”[^”\n]{1,300}”|‘[^’\n]{1,300}’|»[^«\n]{1,300}«|«[^»\n]{1,300}»)";

    /// <summary>How far before its date a reference may begin: a punkt number, a quoted title and a committee's name.</summary>
    private const int MaxReach = 420;

    private readonly Regex _before;
    private readonly Regex _after;
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
            strong.Add($@"\b(?<in>i\s+)(?<committee>{alternatives})");
        }
        if (stems.Count > 0)
        {
            strong.Add($@"\b(?<committee>{Alternatives(stems.Keys)})s\s?møde(?:t)?");
        }
        var meeting = $@"(?:{string.Join('|', strong)}|(?<weak>\bmøde(?:t)?))";
        var punktFirst = $@"\b{Number}\.?(?:\s*[,.]?\s*{Quoted})?\s*,?\s*(?:(?:på|fra|i|under|ved)\s+)?(?:(?:det|sit)\s+)?(?:{meeting}\s+)?";
        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;
        // Read backwards from a date, anchored there (\G): only the words right before each date are ever tried.
        _before = new Regex($@"(?:{punktFirst}|{meeting}\s+)\G", options | RegexOptions.RightToLeft);
        _after = new Regex($@"\G\s*\(\s*{Number}\s*\)", options);
    }

    /// <summary>Every reference in a piece of plain text, in order.</summary>
    /// <remarks>
    /// Every form ends in a date with a month name after "den" or "d.", so the dates are found first and only
    /// the words before and after each are read: the cost grows with the text, not with the forms known.
    /// </remarks>
    public IEnumerable<Reference> Find(string text)
    {
        var end = 0;
        for (var date = DatePattern().Match(text); date.Success; date = date.NextMatch())
        {
            if (date.Index < end)
            {
                continue;
            }
            var windowStart = Math.Max(end, date.Index - MaxReach);
            var before = _before.Match(text, windowStart, date.Index - windowStart);
            if (!before.Success)
            {
                continue;
            }
            var after = _after.Match(text, date.Index + date.Length);
            int? number = before.Groups["number"].Success ? int.Parse(before.Groups["number"].ValueSpan)
                : after.Success ? int.Parse(after.Groups["number"].ValueSpan)
                : null;
            if (before.Groups["weak"].Success && number is null)
            {
                continue;
            }
            var day = int.Parse(date.Groups["day"].ValueSpan);
            var month = DanishMonths.NumberOf(date.Groups["month"].Value);
            int? year = date.Groups["year"].Success ? int.Parse(date.Groups["year"].ValueSpan) : null;
            var committee = before.Groups["committee"].Success ? _committeesByName[Whitespace().Replace(before.Groups["committee"].Value, " ")] : null;
            // "vedtaget i Byrådet den 3. marts": the link starts at the committee's name.
            var start = before.Groups["in"].Success ? before.Groups["committee"].Index : before.Index;
            end = !before.Groups["number"].Success && after.Success ? after.Index + after.Length : date.Index + date.Length;
            yield return new Reference(start, end - start, text[start..end], committee, day, month, year, number);
        }
    }

    [GeneratedRegex(@"\b(?:den|d\.)\s+(?<day>[0-3]?[0-9])\.\s*(?<month>januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)(?:\s+(?<year>(?:19|20)[0-9]{2}))?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>Longest first, so that one name that begins another is not taken for it.</summary>
    private static string Alternatives(IEnumerable<string> names) =>
        string.Join('|', names.OrderByDescending(n => n.Length).Select(n => Regex.Escape(n).Replace(@"\ ", @"\s+")));
}

/// <summary>One reference found in a text: where it stands, and the meeting (and punkt) it names.</summary>
public sealed record Reference(int Start, int Length, string Text, Committee? Committee, int Day, int Month, int? Year, int? Number)
{
    public int End => Start + Length;
}
