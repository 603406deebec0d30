using System.Text.RegularExpressions;

namespace Referater.Site.Import;

/// <summary>
/// The first step of every import, whatever the source: the text is made regular before anything is read from it.
/// Page furniture goes (a web page's "Til toppen" and cookie banner, a PDF viewer's "Download"), page numbers glued
/// to the start of a page's text go, lines a PDF extraction ran together are split again, a line that carries
/// several labels ("Sagsnr.: … Sagsbehandler: …") becomes one line per fact, and a label glued to its text
/// ("BeslutningGodkendt.") is parted from it.
/// </summary>
public sealed partial class TextNormaliser(ImportVocabulary vocabulary)
{
    [GeneratedRegex(@"^\s*(?<n>\d{1,3})(?:\s+(?<rest>\S.*))?$")]
    private static partial Regex PageNumberPrefixPattern();

    [GeneratedRegex(@"^(?<header>.{0,120}?)\bSide:?\s+(?:\d{1,3}|[ivxlc]{1,6})(?![.\d\p{L}])\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageHeaderPattern();

    [GeneratedRegex(@"cookie|google\s+translate|translated\s+(?:by|using|with)|maskinoversat|automatisk\s+oversat|oversat\s+(?:af|med)\s+google", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BannerPattern();

    /// <summary>Icons, rules ("______"), empty brackets, and a document host's counters ("1 views", "Post on 29-Nov-2021").</summary>
    [GeneratedRegex(@"^(?:icon-\S+|[|•·▪◦●■*\-–—_=.…]+|\[\s*\]|\(\s*\)|\d+\s+(?:views?|downloads?)|(?:posted|post|uploaded)\s+on\s+\S.{0,30})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FurniturePattern();

    [GeneratedRegex(@"</?(?:br|p|b|i|u|em|strong|span|div|font)\b[^<>]{0,200}/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkupPattern();

    [GeneratedRegex(@"^\s*download\s+""(?<title>.*?)""?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DownloadPattern();

    /// <summary>"Du er her: Forside / Politik / Dagsordener", "Forside › Politik › Referater": where the page sits in its site.</summary>
    [GeneratedRegex(@"^du\s+er\s+her\b|^(?:forside|hjem)\s*(?:[›»>/|]\s*[^›»>/|]+){2,}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BreadcrumbPattern();

    [GeneratedRegex(@"\s+[-|·•]\s+")]
    private static partial Regex SeparatorPattern();

    [GeneratedRegex(@"^\s*[•·▪◦●■○]\s*")]
    private static partial Regex BulletPattern();

    [GeneratedRegex(@"^(?:(?:punkt|pkt|nr|sag\s*nr)\.?\s*)?\d{1,4}\s*[.:)]?(?:\s+\S|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberedStartPattern();

    private const int CollapsedLineLength = 250;

    private readonly LineSplitter _splitter = new(vocabulary);
    private readonly SectionLabels _sections = new(vocabulary, null, null);

    public IReadOnlyList<SourceLine> Normalise(IReadOnlyList<SourceLine> lines)
    {
        var result = new List<SourceLine>(lines.Count);
        var transcriptPages = TranscriptPageLines(lines);
        var numbered = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = MarkupPattern().Replace(line.Text.Replace('\u00a0', ' ').Replace("\u200b", ""), " ");
            // 'Download "Referat …"': a viewer's link that repeats the document's title, which is the referat's own.
            text = DownloadPattern().Replace(text, "${title}");
            if (transcriptPages.Contains(i))
            {
                text = WithoutPageHeader(PageNumberPrefixPattern().Match(text).Groups["rest"].Value);
            }
            var pieces = GluedHeadings(text, numbered).SelectMany(_splitter.Split);
            var first = true;
            foreach (var piece in pieces)
            {
                var cleaned = WithoutTrailingFurniture(WithoutLeadingBullet(piece));
                if (!IsBlank(cleaned) && IsFurniture(cleaned))
                {
                    continue;
                }
                result.Add(line with { Text = cleaned, AfterPageBreak = line.AfterPageBreak && first });
                first = false;
            }
        }
        return result;
    }

    private static bool IsBlank(string text) => text.Trim().Length == 0;

    /// <summary>
    /// "176. Budgetrevision 2 og handlingsplaner174. Godkendelse af dagsorden": a list's last entry with the first punkt's
    /// heading glued to it, the number of a line before it that opened with it. The numbers lines open with are noted
    /// as they come.
    /// </summary>
    private static IEnumerable<string> GluedHeadings(string text, HashSet<string> numbered)
    {
        var pieces = new List<string>();
        var rest = text;
        while (GluedNumberPattern().Match(rest) is { Success: true } glued && numbered.Contains(glued.Groups["n"].Value))
        {
            pieces.Add(rest[..glued.Index]);
            rest = rest[glued.Index..];
        }
        pieces.Add(rest);
        foreach (var piece in pieces)
        {
            if (LineNumberPattern().Match(piece) is { Success: true } opening)
            {
                numbered.Add(opening.Groups["n"].Value);
            }
        }
        return pieces;
    }

    [GeneratedRegex(@"(?<=\p{Ll}{2})(?<n>\d{1,4})\.\s+(?=\p{Lu})")]
    private static partial Regex GluedNumberPattern();

    [GeneratedRegex(@"^\s*(?<n>\d{1,4})\.\s+\p{Lu}")]
    private static partial Regex LineNumberPattern();

    /// <summary>"Godkendelse af dagsordenÅbn/luk punkt": a page's button text glued to the end of a heading.</summary>
    private string WithoutTrailingFurniture(string text)
    {
        var trimmed = text.TrimEnd();
        foreach (var word in vocabulary.Words(LabelKind.Furniture).Where(w => w.Length >= 8))
        {
            // Only glued on ("…dagsordenÅbn/luk punkt"): a title may end in words that are also a button's.
            if (trimmed.Length > word.Length + 3 && trimmed.EndsWith(word, StringComparison.Ordinal)
                && (char.IsLetterOrDigit(trimmed[^(word.Length + 1)]) || trimmed[..^word.Length].TrimEnd().EndsWith(':')))
            {
                return trimmed[..^word.Length].TrimEnd(' ', '-', '|', '·');
            }
        }
        return text;
    }

    /// <summary>Furniture is a whole line of its own: a word a site puts around every page, or a cookie notice.</summary>
    private bool IsFurniture(string text)
    {
        var plain = BulletPattern().Replace(LineText.Plain(text), "");
        // "Kopier link til punktet - Print": several pieces of furniture on one line.
        var parts = SeparatorPattern().Split(plain).Where(p => p.Length > 0).ToList();
        // "______" is emphasis marks to Markdown, and nothing once they are read as such.
        return plain.Length == 0
               || vocabulary.IsWholeLine(plain, LabelKind.Furniture)
               || parts.Count > 1 && parts.All(p => vocabulary.IsWholeLine(p, LabelKind.Furniture))
               || FurniturePattern().IsMatch(plain)
               || BreadcrumbPattern().IsMatch(plain)
               || (BannerPattern().IsMatch(plain) && plain.Length < 600 && !plain.EndsWith(':'));
    }

    /// <summary>"• 1 Titel", " • Sagsid.: 18/25139": a bullet in front of a heading or a fact is the page's decoration.</summary>
    private string WithoutLeadingBullet(string text)
    {
        var bullet = BulletPattern().Match(text);
        if (!bullet.Success)
        {
            return text;
        }
        var rest = text[bullet.Length..];
        return NumberedStartPattern().IsMatch(rest.TrimEnd()) || vocabulary.Match(rest, ImportVocabulary.ItemFactKinds) is not null
               || _sections.Recognise(rest) is { Text: null }
            ? rest
            : text;
    }

    /// <summary>
    /// The text of a PDF that lost its line breaks (a viewer's "Transkript") comes as one line per page, each opened by
    /// the page's number: 1, 2, 3 … A run of at least two such lines in order marks them.
    /// </summary>
    private static HashSet<int> TranscriptPageLines(IReadOnlyList<SourceLine> lines)
    {
        var pages = new HashSet<int>();
        var run = new List<int>();
        var expected = 1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }
            var match = PageNumberPrefixPattern().Match(lines[i].Text);
            var number = match.Success ? int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            if (match.Success && number != expected && run.Count > 0)
            {
                Close(); // "1 Åbent Meddelelser …" after page 1: a numbered line out of the pages' order ends them
            }
            if (match.Success && number == expected && (run.Count > 0 || lines[i].Text.Length >= CollapsedLineLength / 4))
            {
                run.Add(i);
                expected++;
                continue;
            }
            if (run.Count > 0 && lines[i].Text.Length < CollapsedLineLength / 4)
            {
                // A long page line may be followed by furniture before the next page's line.
                continue;
            }
            Close();
        }
        Close();
        return pages;

        void Close()
        {
            if (run.Count >= 2 && run.Any(k => lines[k].Text.Length >= CollapsedLineLength))
            {
                pages.UnionWith(run);
            }
            run.Clear();
            expected = 1;
        }
    }

    /// <summary>"Erhvervs- og Fritidsudvalget 28. august 2008 Side: 2 Fraværende: …": a page's running header before its text.</summary>
    private string WithoutPageHeader(string text)
    {
        var match = PageHeaderPattern().Match(text);
        // "Indholdsfortegnelse Side …" is the table of contents' own header, not the page's.
        return match.Success && match.Groups["header"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12
               && vocabulary.Match(match.Groups["header"].Value, LabelKind.TableOfContents) is null
            ? text[match.Length..]
            : text;
    }
}
