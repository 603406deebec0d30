using System.Collections.Frozen;
using System.Reflection;
using System.Text.RegularExpressions;
using Referater.Site.Content;
using Referater.Site.Validation;
using YamlDotNet.RepresentationModel;

namespace Referater.Site.Import;

/// <summary>The kinds of label the importer knows, each named in <c>labels.yml</c> and under <c>import:</c> in site.yml by its Danish key.</summary>
public enum LabelKind
{
    Resume,
    Presentation,
    Recommendation,
    Decision,
    Attachments,
    OtherSection,
    CaseNumber,
    Caseworker,
    OtherCaseworkers,
    DocumentNumber,
    Closed,
    Open,
    Committee,
    Date,
    Time,
    Place,
    Room,
    Absentees,
    Attendees,
    IgnoredHeadLine,
    TableOfContents,
    Furniture,
    MeetingsAgenda,
}

/// <summary>A label at the start of a line: which kind, the words as written, and what follows it.</summary>
public sealed record LabelMatch(LabelKind Kind, string Label, string Rest, bool HasColon);

/// <summary>
/// The words referater use for their labels: the importer's own (<c>labels.yml</c>, embedded) and those a
/// municipality adds under <c>import:</c> in site.yml. Labels are data, so that a new layout needs no new release.
/// </summary>
public sealed class ImportVocabulary
{
    public static readonly IReadOnlyDictionary<string, LabelKind> Keys = new Dictionary<string, LabelKind>(StringComparer.Ordinal)
    {
        ["resume"] = LabelKind.Resume,
        ["sagsfremstilling"] = LabelKind.Presentation,
        ["indstilling"] = LabelKind.Recommendation,
        ["beslutning"] = LabelKind.Decision,
        ["bilag"] = LabelKind.Attachments,
        ["afsnit"] = LabelKind.OtherSection,
        ["sagsnummer"] = LabelKind.CaseNumber,
        ["sagsbehandler"] = LabelKind.Caseworker,
        ["øvrige_sagsbehandlere"] = LabelKind.OtherCaseworkers,
        ["dokumentnummer"] = LabelKind.DocumentNumber,
        ["lukket"] = LabelKind.Closed,
        ["åben"] = LabelKind.Open,
        ["udvalg"] = LabelKind.Committee,
        ["dato"] = LabelKind.Date,
        ["tid"] = LabelKind.Time,
        ["sted"] = LabelKind.Place,
        ["lokale"] = LabelKind.Room,
        ["fraværende"] = LabelKind.Absentees,
        ["deltagere"] = LabelKind.Attendees,
        ["ignoreret"] = LabelKind.IgnoredHeadLine,
        ["indholdsfortegnelse"] = LabelKind.TableOfContents,
        ["sidefyld"] = LabelKind.Furniture,
        ["dagsordenen"] = LabelKind.MeetingsAgenda,
    };

    public static readonly LabelKind[] SectionKinds =
        [LabelKind.Resume, LabelKind.Presentation, LabelKind.Recommendation, LabelKind.Decision, LabelKind.Attachments, LabelKind.OtherSection];

    public static readonly LabelKind[] ItemFactKinds =
        [LabelKind.CaseNumber, LabelKind.Caseworker, LabelKind.OtherCaseworkers, LabelKind.DocumentNumber];

    public static readonly LabelKind[] HeadKinds =
        [LabelKind.Committee, LabelKind.Date, LabelKind.Time, LabelKind.Place, LabelKind.Room, LabelKind.Absentees, LabelKind.Attendees, LabelKind.IgnoredHeadLine];

    private static readonly Lazy<Dictionary<LabelKind, List<string>>> BuiltIn = new(LoadBuiltIn);

    private readonly Dictionary<LabelKind, Regex> _patterns = [];
    private readonly Dictionary<LabelKind, FrozenSet<string>> _wholeLines = [];
    private readonly Dictionary<LabelKind, List<string>> _words;

    private ImportVocabulary(Dictionary<LabelKind, List<string>> words)
    {
        _words = words;
        foreach (var (kind, list) in words)
        {
            var alternatives = list.Select(Normalise).Where(w => w.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)
                .OrderByDescending(w => w.Length).Select(Pattern);
            // A label ends where a word does: "Beslutningstema" is not "Beslutning" followed by "stema".
            _patterns[kind] = new Regex($@"^(?<label>{string.Join('|', alternatives)})(?![\p{{L}}\p{{N}}])\s*(?<colon>:)?\s*(?<rest>.*)$",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            _wholeLines[kind] = list.Select(Key).ToFrozenSet(StringComparer.Ordinal);
        }
    }

    /// <summary>The importer's own words only (for tests and for text without a site).</summary>
    public static ImportVocabulary Default { get; } = new(Copy(BuiltIn.Value));

    /// <summary>The importer's words with site.yml's added; an unknown kind under <c>import:</c> is an error located in site.yml.</summary>
    public static ImportVocabulary For(SiteConfig config, string siteFile, DiagnosticBag diagnostics)
    {
        if (config.ImportLabels.IsEmpty)
        {
            return Default;
        }
        var words = Copy(BuiltIn.Value);
        foreach (var entry in config.ImportLabels)
        {
            if (!Keys.TryGetValue(entry.Kind, out var kind))
            {
                var suggestion = Suggestions.Closest(entry.Kind, Keys.Keys);
                diagnostics.Error(siteFile, entry.Line, entry.Column, "RS0519",
                    $"'{entry.Kind}' under 'import' er ikke en slags etiket, importen kender. "
                    + (suggestion is null ? "" : $"Mente du '{suggestion}'? ")
                    + $"Slagsene er: {string.Join(", ", Keys.Keys)}.");
                continue;
            }
            words[kind].AddRange(entry.Words);
        }
        return new ImportVocabulary(words);
    }

    public IReadOnlyList<string> Words(LabelKind kind) => _words[kind];

    /// <summary>The label of one of <paramref name="kinds"/> that starts the line (the longest, when several do), or null.</summary>
    public LabelMatch? Match(string plain, params LabelKind[] kinds)
    {
        var text = Normalise(plain);
        LabelMatch? best = null;
        foreach (var kind in kinds)
        {
            var match = _patterns[kind].Match(text);
            if (match.Success && (best is null || match.Groups["label"].Length > best.Label.Length))
            {
                best = new LabelMatch(kind, match.Groups["label"].Value, match.Groups["rest"].Value.Trim(), match.Groups["colon"].Success);
            }
        }
        return best;
    }

    /// <summary>The whole line is one of the words of <paramref name="kind"/> (a trailing colon, case and emphasis aside).</summary>
    public bool IsWholeLine(string plain, LabelKind kind) => _wholeLines[kind].Contains(Key(plain));

    /// <summary>The kind of label the whole line is, among <paramref name="kinds"/>, or null.</summary>
    public LabelKind? WholeLine(string plain, params LabelKind[] kinds)
    {
        var key = Key(plain);
        foreach (var kind in kinds)
        {
            if (_wholeLines[kind].Contains(key))
            {
                return kind;
            }
        }
        return null;
    }

    /// <summary>A regular expression that finds any label of <paramref name="kinds"/> inside a line (for splitting collapsed lines).</summary>
    public string InlinePattern(params LabelKind[] kinds) =>
        string.Join('|', kinds.SelectMany(k => _words[k]).Select(Normalise).Where(w => w.Length > 1)
            .Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(w => w.Length).Select(Pattern));

    /// <summary>How a line is compared with whole-line words: lower case, single spaces, no emphasis, no trailing colon.</summary>
    public static string Key(string text) =>
        string.Join(' ', Normalise(text).TrimEnd(':', ' ').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string Normalise(string text) =>
        LineText.WithoutWrappingEmphasis(LineText.Plain(text)).Replace('\u00a0', ' ').Trim();

    /// <summary>A label as a pattern: its words with any white space between them, a final period optional.</summary>
    private static string Pattern(string word)
    {
        var body = word.TrimEnd('.');
        var escaped = string.Join(@"\s*", body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
        return word.EndsWith('.') ? escaped + @"\.?" : escaped;
    }

    private static Dictionary<LabelKind, List<string>> Copy(Dictionary<LabelKind, List<string>> words) =>
        words.ToDictionary(p => p.Key, p => p.Value.ToList());

    private static Dictionary<LabelKind, List<string>> LoadBuiltIn()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Referater.Site.Import.labels.yml")
                           ?? throw new InvalidOperationException("labels.yml is not embedded in the generator");
        using var reader = new StreamReader(stream);
        var yaml = new YamlStream();
        yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var words = Keys.Values.Distinct().ToDictionary(k => k, _ => new List<string>());
        foreach (var (key, value) in root.Children)
        {
            var kind = Keys[((YamlScalarNode)key).Value!];
            words[kind].AddRange(((YamlSequenceNode)value).Children.Select(n => ((YamlScalarNode)n).Value!));
        }
        return words;
    }
}
