using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Referater.Site.Content;
using Referater.Site.Import;
using Referater.Site.Tests.Support;
using Referater.Site.Validation;

namespace Referater.Site.Tests.Import.Corpus;

/// <summary>One fact of a document, and whether the import got it right.</summary>
public sealed record FactCheck(string Fact, bool Right, string? Got = null);

/// <summary>How one document imported: whether it did at all, each fact checked, and what the importer said.</summary>
public sealed record DocumentScore(CorpusDocument Document, bool Imported, IReadOnlyList<FactCheck> Facts, IReadOnlyList<Diagnostic> Diagnostics)
{
    public int Right => Facts.Count(f => f.Right);
}

/// <summary>
/// Imports a corpus document as a new user would, into a content folder whose site.yml lists the committee the
/// facts name among others a municipality has, and compares what the content loader reads back with the facts:
/// the meeting's date, time, place and committee; per punkt its number, title, case number and closed mark; each
/// decision snippet inside the punkt's decision, each recommendation snippet inside its Indstilling, body snippets
/// kept in the punkt; and a closed punkt's body written nowhere. Facts the text does not carry (null in facts.yml
/// for the committee or the date) are given on the command line, as an editor would from the page's address.
/// </summary>
public static partial class CorpusScorer
{
    /// <summary>Committees most municipalities have; the importer must pick the right one among them.</summary>
    private static readonly string[] OtherCommittees =
        ["Byrådet", "Kommunalbestyrelsen", "Økonomiudvalget", "Teknik- og Miljøudvalget", "Børne- og Ungeudvalget", "Social- og Sundhedsudvalget", "Kultur- og Fritidsudvalget"];

    [GeneratedRegex(@"[\s\u00a0]+")]
    private static partial Regex SpacePattern();

    [GeneratedRegex(@"(?m)^\s*(?:#{1,6}\s+|[-*+]\s+(?=\S))|\\(?=[\\`*_{}\[\]()#+\-.!|<>])|\\$|\*\*|__")]
    private static partial Regex MarkdownSyntaxPattern();

    public static DocumentScore Score(CorpusDocument document)
    {
        using var temp = new TempDirectory();
        var (folderDate, folderCommittee) = document.FromFolderName();
        var committeeName = document.Committee ?? Words(folderCommittee ?? "udvalget");
        var committeeSlug = Slugs.From(committeeName);
        temp.Write("input/site.yml", SiteYml(document, committeeName));
        var source = temp.Combine(Path.GetFileName(document.Source));
        File.Copy(document.Source, source);

        var given = new GivenFacts(
            document.Committee is null ? committeeSlug : null,
            document.Date is null ? folderDate : null);
        var diagnostics = new DiagnosticBag();
        var result = Importer.Run(new ImportOptions(source, temp.Combine("input"), Force: false, given), diagnostics);
        var facts = new List<FactCheck>();
        Meeting? meeting = null;
        if (result.Succeeded)
        {
            meeting = new ContentLoader(temp.Combine("input"), new DiagnosticBag()).Load()?.Meetings.SingleOrDefault();
        }
        var written = result.Succeeded ? Normalise(string.Join("\n", result.WrittenFiles.Select(File.ReadAllText))) : "";

        if (document.Date is { } date)
        {
            facts.Add(new FactCheck("dato", meeting?.Date == date, meeting?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        facts.Add(new FactCheck("tid", meeting is not null && meeting.Time?.ToString("HH':'mm", CultureInfo.InvariantCulture) == document.Time,
            meeting?.Time?.ToString("HH':'mm", CultureInfo.InvariantCulture)));
        facts.Add(new FactCheck("sted", meeting is not null && Same(meeting.Place, document.Place), meeting?.Place));
        if (document.Committee is not null)
        {
            facts.Add(new FactCheck("udvalg", meeting?.Committee.Slug == committeeSlug, meeting?.Committee.Name));
        }
        for (var k = 0; k < document.Items.Count; k++)
        {
            var expected = document.Items[k];
            var item = meeting is null ? null
                : expected.Number is { } number ? meeting.Items.FirstOrDefault(i => i.Number == number)
                : k < meeting.Items.Length ? meeting.Items[k] : null;
            var name = $"punkt {expected.Number?.ToString(CultureInfo.InvariantCulture) ?? $"#{k + 1}"}";
            if (expected.Number is not null)
            {
                facts.Add(new FactCheck($"{name}: nummer", item is not null));
            }
            if (expected.Title is not null)
            {
                facts.Add(new FactCheck($"{name}: titel", item is not null && Same(item.Title, expected.Title), item?.Title));
            }
            facts.Add(new FactCheck($"{name}: sagsnummer", item is not null && Same(item.CaseNumber?.Value, expected.CaseNumber), item?.CaseNumber?.Value));
            facts.Add(new FactCheck($"{name}: lukket", item is not null && item.IsClosed == expected.Closed, item?.IsClosed.ToString()));
            if (expected.Recommendation is { } recommendation)
            {
                var text = item is null ? "" : Normalise(string.Join("\n", item.Sections.Where(s => s.Heading.StartsWith("Indstilling", StringComparison.Ordinal)).Select(s => s.Markdown)));
                facts.Add(new FactCheck($"{name}: indstilling", text.Contains(Normalise(recommendation), StringComparison.Ordinal), Excerpt(text)));
            }
            if (expected.Decision is { } decision)
            {
                var text = item is null ? "" : Normalise(string.Join("\n", item.Sections.Where(s => s.IsDecision).Select(s => s.Markdown)));
                facts.Add(new FactCheck($"{name}: beslutning", text.Contains(Normalise(decision), StringComparison.Ordinal), Excerpt(text)));
            }
            foreach (var snippet in expected.Text)
            {
                if (expected.Closed)
                {
                    facts.Add(new FactCheck($"{name}: lukket tekst ikke skrevet ('{Excerpt(snippet)}')", result.Succeeded && !written.Contains(Normalise(snippet), StringComparison.Ordinal)));
                }
                else
                {
                    var text = item is null ? "" : Normalise(string.Join("\n", item.Sections.Select(s => s.Heading + "\n" + s.Markdown)));
                    facts.Add(new FactCheck($"{name}: tekst '{Excerpt(snippet)}'", text.Contains(Normalise(snippet), StringComparison.Ordinal)));
                }
            }
        }
        return new DocumentScore(document, result.Succeeded, facts, diagnostics.Sorted());
    }

    /// <summary>The score of every document and the total, as lines to print.</summary>
    public static string Report(IReadOnlyList<DocumentScore> scores)
    {
        var text = new StringBuilder();
        foreach (var score in scores)
        {
            var status = score.Imported ? "" : "  IKKE IMPORTERET: " + (score.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error)?.Message.Split('\n')[0] ?? "");
            text.AppendLine(CultureInfo.InvariantCulture, $"{score.Document.Name,-75} {score.Right,3}/{score.Facts.Count,-3} {Percent(score.Right, score.Facts.Count),4}{status}");
            foreach (var wrong in score.Facts.Where(f => !f.Right))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"      forkert: {wrong.Fact}{(wrong.Got is null ? "" : $" (fik: {Excerpt(wrong.Got)})")}");
            }
        }
        var right = scores.Sum(s => s.Right);
        var total = scores.Sum(s => s.Facts.Count);
        text.AppendLine(CultureInfo.InvariantCulture,
            $"I alt: {scores.Count(s => s.Imported)} af {scores.Count} dokumenter importeret, {right} af {total} fakta rigtige ({Percent(right, total)}).");
        return text.ToString();
    }

    public static string Percent(int part, int whole) => whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private static string SiteYml(CorpusDocument document, string committeeName)
    {
        var yml = new StringBuilder();
        yml.Append("kommune: \"").Append(document.Municipality ?? "Testrup Kommune").Append("\"\n");
        yml.Append("url: https://referater.example.dk\n");
        // A municipality whose case numbers are not KLE numbers says so; the corpus holds many forms. The pattern asks
        // for a digit without a look-ahead (site.yml's patterns may not have one): either the first character is a
        // digit, or letters and separators come before the first digit.
        yml.Append("sagsnummer_mønster: '^(?:[0-9](?:[0-9A-Za-zÆØÅæøå./\\-]*[0-9A-Za-z])|[A-Za-zÆØÅæøå][A-Za-zÆØÅæøå./\\-]*[0-9](?:[0-9A-Za-zÆØÅæøå./\\-]*[0-9A-Za-z])?)$'\n");
        yml.Append("udvalg:\n");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in new[] { committeeName }.Concat(OtherCommittees))
        {
            if (seen.Add(Slugs.From(name)))
            {
                yml.Append("  - slug: ").Append(Slugs.From(name)).Append("\n    navn: \"").Append(name.Replace("\"", "\\\"")).Append("\"\n");
            }
        }
        return yml.ToString();
    }

    private static string Words(string slug) => slug.Length == 0 ? slug : char.ToUpperInvariant(slug[0]) + slug[1..].Replace('-', ' ');

    private static bool Same(string? got, string? expected) =>
        got is null || expected is null ? got is null && expected is null : Normalise(got) == Normalise(expected);

    /// <summary>Text as a reader sees it: without Markdown's marks, with any white space as one space.</summary>
    public static string Normalise(string text) =>
        SpacePattern().Replace(MarkdownSyntaxPattern().Replace(text, ""), " ").Trim();

    private static string Excerpt(string text) => text.Length <= 80 ? text : text[..77] + "…";
}
