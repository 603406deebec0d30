using System.Text.RegularExpressions;

namespace Referater.Site.Import;

/// <summary>What a marker says about a punkt: nothing, open, closed, or closed as far as can be told.</summary>
public enum Closure
{
    None,
    Open,
    Closed,
    Unsure,
}

/// <summary>
/// Recognises the marks that close a punkt, in every form referater use: a line "Lukket punkt", "(Lukket punkt)",
/// "[LUKKET]", "Lukket dagsordenspunkt", "Fortroligt"; the title "Lukket punkt: Salg af grund", "LUKKET SAG Ny færge",
/// "Faglig voldgift (Lukket)", "Køb af ejendom - Lukket punkt"; and the words a municipality adds in site.yml. A bare
/// "Lukket" at the end of a title may be part of the title or the mark: that is unsure, and unsure counts as closed.
/// </summary>
public sealed partial class ClosedMarkers
{
    private readonly ImportVocabulary _vocabulary;
    private readonly Regex _closedPrefix;
    private readonly Regex _closedPrefixBare;
    private readonly Regex _closedSuffix;
    private readonly Regex _unsureSuffix;
    private readonly Regex _openPrefix;
    private readonly Regex _openSuffix;
    private readonly Regex _closedPhraseSuffix;
    private readonly Regex _markerBeforeTitle;

    /// <summary>The markers of more than one word ("Åben sag", "Lukket punkt"): after a title without a bracket, still a mark.</summary>
    private static string Phrases(IEnumerable<string> words) =>
        string.Join('|', words.Where(w => w.Contains(' ')).OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace("\\ ", "\\s+")));

    [GeneratedRegex(@"^[\s(\[{]*(?<inner>.*?)[\s)\]}.:]*$")]
    private static partial Regex BracketsPattern();

    public ClosedMarkers(ImportVocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        var closed = vocabulary.InlinePattern(LabelKind.Closed);
        var open = vocabulary.InlinePattern(LabelKind.Open);
        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        _closedPrefix = new Regex($@"^[(\[]?\s*(?:{closed})\s*[)\]]?\s*[:.\-–—]\s*(?<rest>\S.*)$", options);
        _closedPrefixBare = new Regex($@"^[(\[]\s*(?:{closed})\s*[)\]]\s*(?<rest>\S.*)$|^(?<marker>(?:{closed}))\s+(?<rest>\S.*)$", options);
        _closedSuffix = new Regex($@"^(?<rest>.*?\S)\s*(?:[(\[]\s*(?:{closed})\s*[)\]]|[-–—:]\s*(?:{closed}))\.?$", options);
        _unsureSuffix = new Regex($@"^(?<rest>.*?\S)\s+(?:{closed})\.?$", options);
        // "Åben dagsorden - godkendelse" is a title: a mark before one is followed by its capital.
        _openPrefix = new Regex($@"^[(\[]?\s*(?:{open})\s*[)\]]?\s*[:\-–—]\s*(?<rest>(?-i:[^\s\p{{Ll}}]).*)$|^[(\[]\s*(?:{open})\s*[)\]]\s*(?<rest>\S.*)$", options);
        _openSuffix = new Regex($@"^(?<rest>.*?\S)\s*(?:[(\[]\s*(?:{open})\s*[)\]]|\s(?:{Phrases(vocabulary.Words(LabelKind.Open))}))\.?$", options);
        _closedPhraseSuffix = new Regex($@"^(?<rest>.*?\S)\s+(?:{Phrases(vocabulary.Words(LabelKind.Closed))})\.?$", options);
        _markerBeforeTitle = new Regex($@"^(?<marker>{closed}|{open})\s+(?<rest>(?-i:\p{{Lu}}).*)$", options);
    }

    /// <summary>A line that is nothing but a marker: "Lukket punkt", "(Lukket punkt)", "[LUKKET]", "Åbent".</summary>
    public Closure Line(string plain)
    {
        var inner = BracketsPattern().Match(LineText.WithoutWrappingEmphasis(plain)).Groups["inner"].Value;
        return _vocabulary.WholeLine(inner, LabelKind.Closed, LabelKind.Open) switch
        {
            LabelKind.Closed => Closure.Closed,
            LabelKind.Open => Closure.Open,
            _ => Closure.None,
        };
    }

    /// <summary>A marker that is one plain word ("Lukket", "Fortroligt"), neither bracketed nor a phrase.</summary>
    public static bool IsPlainWord(string plain)
    {
        var text = LineText.WithoutWrappingEmphasis(plain).Trim().TrimEnd('.', ':');
        return !text.Contains(' ') && !text.StartsWith('(') && !text.StartsWith('[') && text.ToUpperInvariant() != text;
    }

    /// <summary>The title without its marker, and what the marker said.</summary>
    public (string Title, Closure Mark) Title(string title)
    {
        var text = title.Trim();
        if (Line(text) == Closure.Closed)
        {
            // "Punkt 5: Lukket punkt" names nothing else: the title is all there is, and the punkt is closed.
            return (BracketsPattern().Match(text).Groups["inner"].Value, Closure.Closed);
        }
        if (_closedPrefix.Match(text) is { Success: true } prefix)
        {
            return (Title(prefix.Groups["rest"].Value).Title, Closure.Closed);
        }
        if (_closedPrefixBare.Match(text) is { Success: true } bare
            && (!bare.Groups["marker"].Success || IsMarkerBeforeTitle(bare.Groups["marker"].Value, bare.Groups["rest"].Value)))
        {
            return (Title(bare.Groups["rest"].Value).Title, Closure.Closed);
        }
        if (_closedSuffix.Match(text) is { Success: true } suffix)
        {
            return (suffix.Groups["rest"].Value.Trim(), Closure.Closed);
        }
        if (_closedPhraseSuffix.Match(text) is { Success: true } phrase)
        {
            return (phrase.Groups["rest"].Value.Trim(), Closure.Closed); // "Salg af grund Lukket punkt"
        }
        if (_unsureSuffix.Match(text) is { Success: true } unsure && IsMarkerAfterTitle(text))
        {
            return (unsure.Groups["rest"].Value.Trim(), Closure.Unsure);
        }
        if (_openPrefix.Match(text) is { Success: true } openPrefix)
        {
            return (openPrefix.Groups["rest"].Value.Trim(), Closure.Open);
        }
        if (_openSuffix.Match(text) is { Success: true } openSuffix)
        {
            return (openSuffix.Groups["rest"].Value.Trim(), Closure.Open);
        }
        return (text, Closure.None);
    }

    /// <summary>
    /// The title of a numbered heading without its marker: as <see cref="Title"/>, and also "Åbent Meddelelser fra
    /// formanden" and "Lukket Salg af ejendom" from "1 Åbent Meddelelser fra formanden": between a punkt's number and its
    /// title, a marker word followed by a capital is the punkt's mark, not the title's first word.
    /// </summary>
    public (string Title, Closure Mark) HeadingTitle(string title)
    {
        var (clean, mark) = Title(title);
        if (mark != Closure.None || _markerBeforeTitle.Match(clean) is not { Success: true } marked)
        {
            return (clean, mark);
        }
        var kind = _vocabulary.WholeLine(marked.Groups["marker"].Value, LabelKind.Closed, LabelKind.Open);
        return (marked.Groups["rest"].Value.Trim(), kind == LabelKind.Closed ? Closure.Closed : Closure.Open);
    }

    /// <summary>
    /// "LUKKET SAG Ny Strynøfærge" and "Lukket punkt Salg af grund" are marks before a title; "Lukket vej ved skolen" is a
    /// title. A mark in capitals, or one of several words, followed by a capital, is a mark.
    /// </summary>
    private static bool IsMarkerBeforeTitle(string marker, string rest) =>
        rest.Length > 0 && char.IsUpper(rest[0]) && (marker.ToUpperInvariant() == marker || marker.Contains(' '));

    /// <summary>"Salg af grund Lukket" or "SALG AF GRUND LUKKET": a capital L with no bracket may be the mark, or the title's last word.</summary>
    private static bool IsMarkerAfterTitle(string text)
    {
        var last = text.TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        return char.IsUpper(last[0]);
    }
}
