using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Referater.Site.Content;

namespace Referater.Site.Import;

/// <summary>
/// Reads the head of a referat, before the first punkt: "REFERAT &lt;udvalg&gt; d. 17-02-2026", "Mødedato …" or
/// "Dato: …", "Mødested C3.40" or "Sted: …", "Udvalg: …", attendees ("Deltagere:", "Til stede:") and absentees
/// ("Fraværende:", "Afbud:"). The table of contents is skipped; any other line is kept as the meeting's introduction.
/// </summary>
public sealed partial class MeetingFactsParser(ImportLog log, IReadOnlyCollection<string> quietLines, IReadOnlyCollection<string> committeeNames)
{
    [GeneratedRegex(@"^(?<kind>referat|dagsorden|beslutningsprotokol)\b(?:\s+(?:af|fra|for))?(?:\s+(?:det\s+)?(?:ordinære\s+|ekstraordinære\s+)?møde(?:t)?\s+i)?\s*(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KindPattern();

    [GeneratedRegex(@"^(?:ordinært\s+|ekstraordinært\s+)?møde(?:t)?\s+i\s+(?<rest>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeetingOfPattern();

    [GeneratedRegex(@"^(?<label>mødedato|mødetidspunkt|mødetid|mødested|mødelokale|dato|tidspunkt|tid og sted|tid|sted|lokale|udvalg|deltagere|mødedeltagere|til stede|tilstede|fraværende med afbud|fraværende|afbud|fravær)(?![\p{L}])\s*:?\s*(?<value>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"^(?:indholdsfortegnelse|indhold|dagsordenoversigt|oversigt over punkter)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TocPattern();

    [GeneratedRegex(@"(?:\s+|^)(?:d\.|den|kl\.?|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|[-–,])\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingFillerPattern();

    private enum ListTarget
    {
        None,
        Attendees,
        Absentees,
    }

    public MeetingFacts Parse(IReadOnlyList<SourceLine> lines)
    {
        var committees = ImmutableArray.CreateBuilder<(string, int)>();
        DateOnly? date = null;
        TimeOnly? time = null;
        string? place = null;
        var kind = MeetingKind.Referat;
        var absentees = new List<string>();
        var intro = new List<string>();
        var attendees = new List<string>();
        var attendeeLabel = "Deltagere";
        var collecting = ListTarget.None;
        var inToc = false;

        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            var plain = LineText.Plain(line.Text);
            if (plain.Length == 0)
            {
                collecting = ListTarget.None;
                continue;
            }
            var label = LabelPattern().Match(plain);
            if (collecting != ListTarget.None && !label.Success)
            {
                (collecting == ListTarget.Attendees ? attendees : absentees).AddRange(LineText.Names(plain));
                continue;
            }
            if (TocPattern().IsMatch(plain.TrimEnd(':')))
            {
                inToc = true;
                continue;
            }
            if (ItemHeadingRecogniser.IsTocEntry(line.Trimmed) || (inToc && !label.Success))
            {
                continue;
            }
            inToc = false;
            if (KindPattern().Match(plain) is { Success: true } && (date is null || committees.Count == 0))
            {
                // A PDF wraps a long title line: "REFERAT Beskæftigelsesudvalget d. 10-03-" / "2026".
                while (index + 1 < lines.Count && !lines[index + 1].IsBlank && !LabelPattern().IsMatch(LineText.Plain(lines[index + 1].Text)))
                {
                    var next = LineText.Plain(lines[++index].Text);
                    plain = plain.Length > 1 && plain[^1] == '-' && char.IsDigit(plain[^2]) ? plain + next : $"{plain} {next}";
                }
                var title = KindPattern().Match(plain);
                kind = title.Groups["kind"].Value.Equals("dagsorden", StringComparison.OrdinalIgnoreCase) ? MeetingKind.Dagsorden : MeetingKind.Referat;
                ReadTitle(title.Groups["rest"].Value, line.Number, committees, ref date, ref time);
                continue;
            }
            if (MeetingOfPattern().Match(plain) is { Success: true } meetingOf)
            {
                ReadTitle(meetingOf.Groups["rest"].Value, line.Number, committees, ref date, ref time);
                continue;
            }
            if (label.Success)
            {
                var value = label.Groups["value"].Value.Trim();
                switch (label.Groups["label"].Value.ToLowerInvariant())
                {
                    case "mødedato" or "dato":
                        date = DanishDates.Find(value)?.Date ?? date;
                        time = DanishDates.FindTime(value)?.Time ?? time;
                        if (DanishDates.Find(value) is null)
                        {
                            log.Warn(line.Number, "RS0530", $"'{value}' er ikke en dato, som importen kender. Skriv fx 17-02-2026 eller 17. februar 2026.");
                        }
                        break;
                    case "mødetidspunkt" or "mødetid" or "tidspunkt" or "tid":
                        time = DanishDates.FindTime(value)?.Time ?? time;
                        date ??= DanishDates.Find(value)?.Date;
                        break;
                    case "tid og sted":
                        time = DanishDates.FindTime(value)?.Time ?? time;
                        date ??= DanishDates.Find(value)?.Date;
                        place = value.Contains(',') ? value[(value.LastIndexOf(',') + 1)..].Trim() : place;
                        break;
                    case "mødested" or "sted" or "lokale" or "mødelokale":
                        place = value.TrimEnd('.').Trim();
                        break;
                    case "udvalg":
                        committees.Add((value.TrimEnd('.').Trim(), line.Number));
                        break;
                    case "deltagere" or "mødedeltagere" or "til stede" or "tilstede":
                        attendeeLabel = LineText.WithoutWrappingEmphasis(label.Groups["label"].Value);
                        attendees.AddRange(LineText.Names(value));
                        collecting = value.Length == 0 ? ListTarget.Attendees : ListTarget.None;
                        break;
                    default:
                        absentees.AddRange(LineText.Names(value));
                        collecting = value.Length == 0 ? ListTarget.Absentees : ListTarget.None;
                        break;
                }
                continue;
            }
            if (committeeNames.Contains(plain, StringComparer.OrdinalIgnoreCase))
            {
                committees.Add((plain, line.Number));
                continue;
            }
            if (quietLines.Contains(plain, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }
            intro.Add(LineText.WithoutLostLinks(line.Trimmed));
            log.Warn(line.Number, "RS0531",
                "linjen står før første punkt og er ikke en af mødets faste oplysninger (dato, sted, deltagere …). Den er beholdt som indledning i index.md.");
        }
        if (attendees.Count > 0)
        {
            intro.Insert(0, $"{attendeeLabel}: {string.Join(", ", attendees)}");
        }
        return new MeetingFacts(committees.ToImmutable(), date, time, place, kind, [.. absentees.Distinct()], [.. intro]);
    }

    /// <summary>"Beskæftigelsesudvalget d. 17-02-2026 kl. 13:30": the committee's name, and the date and time when given.</summary>
    private static void ReadTitle(string rest, int line, ImmutableArray<(string, int)>.Builder committees, ref DateOnly? date, ref TimeOnly? time)
    {
        var name = rest;
        if (DanishDates.FindTime(rest) is { } clock && clock.Index > 0)
        {
            time ??= clock.Time;
            name = name[..clock.Index];
        }
        if (DanishDates.Find(name) is { } found)
        {
            date ??= found.Date;
            name = name[..found.Index];
        }
        while (TrailingFillerPattern().IsMatch(name))
        {
            name = TrailingFillerPattern().Replace(name, "");
        }
        name = name.Trim().TrimEnd(',', '-', '–').Trim();
        if (name.Length > 0)
        {
            committees.Add((name, line));
        }
    }
}
