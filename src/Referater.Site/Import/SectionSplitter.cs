using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Referater.Site.Import;

/// <summary>
/// Splits a punkt's prose at its labels into level-2 sections, turns sub-headings into <c>###</c>, lists into
/// Markdown lists, joins paragraphs a page break cut in two, and reads the Bilag section as attachment titles.
/// </summary>
public sealed partial class SectionSplitter(SectionLabels labels, ImportLog log)
{
    [GeneratedRegex(@"^[•·▪◦●■\-–*]\s+")]
    private static partial Regex BulletPattern();

    [GeneratedRegex(@"^(?:-|\d{1,2}[.)])\s")]
    private static partial Regex ListItemPattern();

    [GeneratedRegex(@"^(?:bilag\s*\d+\s*[:.\-–]?\s*|bilag\s*:\s*|\d{1,2}[.)]\s+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttachmentPrefixPattern();

    private const int MaxSubHeadingLength = 80;
    private const int MaxSubHeadingWords = 10;
    private const int MaxTightHeadingLength = 40;

    private sealed class Builder(string heading, SectionKind kind)
    {
        public string Heading { get; } = heading;

        public SectionKind Kind { get; } = kind;

        public List<string> Lines { get; } = [];

        public string? Last => Lines.Count == 0 ? null : Lines[^1];

        public void Paragraph(string line)
        {
            if (Lines.Count > 0 && Lines[^1].Length > 0)
            {
                Lines.Add("");
            }
            Lines.Add(line);
        }

        public ImportedSection Build() => new(Heading, string.Join('\n', Lines).Trim('\n'));
    }

    public (ImmutableArray<ImportedSection> Sections, ImmutableArray<string> Attachments) Split(IReadOnlyList<SourceLine> lines, int itemNumber)
    {
        var sections = new List<Builder>();
        var attachments = ImmutableArray.CreateBuilder<string>();
        var ownRecommendation = lines.Any(l => !l.IsBlank && labels.Recognise(LineText.Plain(l.Trimmed)) is { Kind: SectionKind.Recommendation, Implied: false });
        Builder? current = null;
        var pendingBlank = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                pendingBlank = true;
                continue;
            }
            var (level, headingText) = LineText.Heading(line.Trimmed);
            var plain = LineText.Plain(line.Trimmed);
            var label = labels.Recognise(plain);
            if (label is not null && !IsTextAfterAll(label, current?.Kind, lines, i, ownRecommendation))
            {
                if (current is not null && current.Heading == label.Heading && current.Lines.Count == 0)
                {
                    // "Beslutning" over "Beslutning i Byrådet den …" (the meeting's own): one section.
                }
                else
                {
                    current = new Builder(label.Heading, label.Kind);
                    sections.Add(current);
                }
                if (label.Text is { Length: > 0 } text)
                {
                    if (current.Kind == SectionKind.Attachments)
                    {
                        AddAttachment(attachments, text);
                    }
                    else
                    {
                        current.Paragraph(LineText.WithoutLostLinks(text));
                    }
                }
                pendingBlank = false;
                continue;
            }
            if (current is null)
            {
                current = new Builder("", SectionKind.Other);
                sections.Add(current);
                log.Warn(line.Number, "RS0520",
                    $"punkt {itemNumber}: teksten står før punktets første afsnit (Resume, Sagsfremstilling …). Den er beholdt øverst i punktet; flyt den, hvis den hører til et afsnit.");
            }
            if (level == 0 && LooksLikeLabel(plain) && current.Kind != SectionKind.Attachments)
            {
                log.Warn(line.Number, "RS0532",
                    $"punkt {itemNumber}: '{plain.TrimEnd(':')}' ligner et afsnit, men importen kender det ikke. Det er beholdt som underoverskrift i afsnittet '{(current.Heading.Length > 0 ? current.Heading : "uden overskrift")}'. "
                    + "Er det et afsnit, så tilføj ordet under 'import:' i site.yml (fx afsnit: [" + LineText.SentenceCase(plain.TrimEnd(':').Trim()) + "]), og importér igen.");
                current.Paragraph("### " + LineText.SentenceCase(plain.TrimEnd(':').Trim()));
                current.Lines.Add("");
                pendingBlank = false;
                continue;
            }
            if (current.Kind == SectionKind.Attachments)
            {
                AddAttachment(attachments, plain);
                continue;
            }
            if (level > 0)
            {
                current.Paragraph("### " + LineText.WithoutWrappingEmphasis(LineText.WithoutLostLinks(headingText)));
                current.Lines.Add("");
            }
            else if (IsSubHeading(lines, i, current.Kind, plain))
            {
                current.Paragraph("### " + LineText.WithoutWrappingEmphasis(plain));
                current.Lines.Add("");
            }
            else
            {
                AddText(current, Text(line, NextIsText(lines, i)), pendingBlank);
            }
            pendingBlank = false;
        }
        return ([.. sections.Where(s => s.Kind != SectionKind.Attachments).Select(s => s.Build())], attachments.ToImmutable());
    }

    /// <summary>
    /// A line a label could open that reads as text where it stands: "Direktøren indstiller, at …" inside the
    /// recommendation, or in a punkt that has an Indstilling of its own; "Økonomiudvalget, 31.10.2016 Anbefales." inside
    /// a decision that lists what each body decided; "Kommunalbestyrelsen den 30. august 2022" with another label right
    /// under it (where the case goes next, not a decision with nothing in it).
    /// </summary>
    private bool IsTextAfterAll(SectionLabel label, SectionKind? current, IReadOnlyList<SourceLine> lines, int i, bool ownRecommendation)
    {
        if (label.Text is not null && label.Kind == SectionKind.Recommendation && current == SectionKind.Recommendation)
        {
            return true;
        }
        if (!label.Implied)
        {
            return false;
        }
        if (label.Kind == SectionKind.Recommendation && ownRecommendation)
        {
            return true;
        }
        if (label.Text is not null)
        {
            return label.Kind == current;
        }
        return SourceLines.NextText(lines, i) is { } next && labels.Recognise(LineText.Plain(lines[next].Trimmed)) is not null;
    }

    private static void AddText(Builder section, string text, bool afterBlank)
    {
        var last = section.Last;
        if (afterBlank)
        {
            if (section.Kind != SectionKind.Recommendation && last is { Length: > 0 } && ContinuesAcrossBreak(last, text))
            {
                // A paragraph a page break cut in two: it ends mid-sentence and goes on in lower case.
                section.Lines[^1] = last + " " + text;
            }
            else
            {
                section.Paragraph(text);
            }
            return;
        }
        if (section.Kind == SectionKind.Recommendation && text.StartsWith("at ", StringComparison.Ordinal))
        {
            // Each "at …" is a recommendation of its own, also where the extraction put them on consecutive lines.
            section.Paragraph(text);
            return;
        }
        if (last is { Length: > 0 } && !ListItemPattern().IsMatch(text) && IsInList(section))
        {
            section.Lines.Add("  " + text);
            return;
        }
        section.Lines.Add(text);
    }

    private static bool IsInList(Builder section)
    {
        for (var k = section.Lines.Count - 1; k >= 0 && section.Lines[k].Length > 0; k--)
        {
            if (ListItemPattern().IsMatch(section.Lines[k]))
            {
                return true;
            }
            if (!section.Lines[k].StartsWith("  ", StringComparison.Ordinal))
            {
                return false;
            }
        }
        return false;
    }

    private static bool ContinuesAcrossBreak(string previous, string next) =>
        !previous.StartsWith('#')
        && !ListItemPattern().IsMatch(previous)
        && char.IsLetterOrDigit(previous[^1])
        && char.IsLower(next[0])
        && !next.StartsWith("at ", StringComparison.Ordinal);

    /// <summary>A line of prose: bullets as Markdown list items, lost links as their text, a hard line break kept.</summary>
    private static string Text(SourceLine line, bool nextIsText)
    {
        var text = LineText.WithoutLostLinks(BulletPattern().Replace(line.Trimmed, "- "));
        return nextIsText && line.Text.EndsWith("  ", StringComparison.Ordinal) && !text.EndsWith('\\') ? text + "\\" : text;
    }

    private static bool NextIsText(IReadOnlyList<SourceLine> lines, int i) => i + 1 < lines.Count && !lines[i + 1].IsBlank;

    /// <summary>
    /// A short line standing alone, without closing punctuation, followed by prose, inside the case's description:
    /// a sub-heading that lost its formatting in the extraction ("Baggrund", "Rammen for invitationen").
    /// Decisions and recommendations are left alone: "Godkendt" there is the decision, not a heading.
    /// </summary>
    private static bool IsSubHeading(IReadOnlyList<SourceLine> lines, int i, SectionKind kind, string plain)
    {
        // A line of markup alone (a rule, an emphasis mark) has no plain text to be a heading.
        if (plain.Length == 0 || kind is SectionKind.Recommendation or SectionKind.Decision or SectionKind.Attachments)
        {
            return false;
        }
        var startsParagraph = i == 0 || lines[i - 1].IsBlank || lines[i].AfterPageBreak;
        // In a PDF's text the prose may follow its heading on the very next line; wrapped prose fills its first line.
        var standsAlone = startsParagraph && i + 1 < lines.Count
                          && (lines[i + 1].IsBlank || (plain.Length <= MaxTightHeadingLength && lines[i + 1].Trimmed.Length > 2 * plain.Length));
        if (!standsAlone || plain.Length > MaxSubHeadingLength || !char.IsUpper(plain[0]) && !char.IsDigit(plain[0]))
        {
            return false;
        }
        // "Tirsdag den 31. januar 2023" alone is an item of a list of dates.
        if (DanishDates.Find(plain) is { } date && date.Length * 2 >= plain.Length)
        {
            return false;
        }
        if (".:;,!?".Contains(plain[^1]) || plain.Contains(": ", StringComparison.Ordinal) || plain.Contains('|')
            || plain.Contains("](", StringComparison.Ordinal) || ListItemPattern().IsMatch(plain) || BulletPattern().IsMatch(plain)
            || plain.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxSubHeadingWords)
        {
            return false;
        }
        return SourceLines.NextText(lines, i) is { } next && lines[next].Trimmed.Length > plain.Length && !char.IsLower(lines[next].Trimmed[0]);
    }

    private static void AddAttachment(ImmutableArray<string>.Builder attachments, string plain)
    {
        var title = AttachmentTitle(plain);
        // "Ingen bilag." says there are none.
        if (title.Length > 0 && !NoAttachmentsPattern().IsMatch(title))
        {
            attachments.Add(title);
        }
    }

    /// <summary>A line in capitals standing alone, "SAGENS BAGGRUND:", is a label the vocabulary does not know.</summary>
    private static bool LooksLikeLabel(string plain)
    {
        var text = plain.TrimEnd(':').Trim();
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count >= 4 && text.Length <= 60 && letters.All(char.IsUpper) && text.Contains(' ') | plain.EndsWith(':')
               && !GridParser.IsCodeRow(text) && !text.Any(char.IsDigit);
    }

    [GeneratedRegex(@"^(?:ingen(?:\s+bilag)?|-)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoAttachmentsPattern();

    private static string AttachmentTitle(string plain) =>
        AttachmentPrefixPattern().Replace(BulletPattern().Replace(LineText.WithoutWrappingEmphasis(LineText.WithoutLinks(plain)), ""), "").Trim();
}
