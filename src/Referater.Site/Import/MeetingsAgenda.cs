using System.Text.RegularExpressions;

namespace Referater.Site.Import;

/// <summary>
/// The first punkt of many referater approves the meeting's own agenda and says whose it is and when: "Godkendelse af
/// åben dagsorden for KB den 22. januar 2020", "Dagsorden til mødet d. 23. marts 2015 godkendes". Where the head names
/// neither committee nor date, that sentence does. The words that open it are the vocabulary's (<c>dagsordenen</c>).
/// </summary>
public sealed partial class MeetingsAgenda(ImportVocabulary vocabulary)
{
    [GeneratedRegex(@"^(?:for|til)\s+(?:(?:mødet|møde)\s+(?:i\s+)?)?(?:(?<body>\S.{0,60}?)\s+)?(?:den|d\.)\s*(?<when>" + SectionPhrases.Date + ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhoseAndWhenPattern();

    /// <summary>The committee as the sentence names it (null for "mødet"), the date, and the line, between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public (string? Body, DateOnly Date, int Line, string Said)? Find(IReadOnlyList<SourceLine> lines, int start, int end)
    {
        for (var i = start; i < end && i < lines.Count; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }
            var plain = LineText.Plain(lines[i].Text);
            if (vocabulary.Match(plain, LabelKind.MeetingsAgenda) is not { HasColon: false, Rest.Length: > 0 } label
                || WhoseAndWhenPattern().Match(label.Rest) is not { Success: true } match
                || DanishDates.Find(match.Groups["when"].Value) is not { } when)
            {
                continue;
            }
            var body = match.Groups["body"].Success ? match.Groups["body"].Value.Trim() : null;
            return (body, when.Date, lines[i].Number, $"{label.Label} {match.Value}");
        }
        return null;
    }
}
