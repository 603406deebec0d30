using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Referater.Site.Content;

/// <summary>
/// The files <c>new</c> writes for a meeting: its <c>index.md</c>, with what usually stays the same copied from the
/// committee's previous meeting, and one example punkt whose comments explain every key. The punkt's placeholders
/// (<see cref="TemplateText"/>) are errors until the editor replaces them, so that <c>check</c> and <c>preview</c> point at
/// each one and nothing unfinished is published.
/// </summary>
public static partial class MeetingScaffold
{
    [GeneratedRegex(@"^[\p{L}\p{N}_.\-]+$")]
    private static partial Regex PlainWord();

    public static string MeetingFile(Committee committee, DateOnly date, MeetingKind kind, Meeting? previous)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append($"udvalg: {committee.Slug}\n");
        text.Append($"dato: {date:yyyy-MM-dd}\n");
        text.Append(previous?.Time is { } time
            ? $"tid: \"{time.ToString("HH':'mm", CultureInfo.InvariantCulture)}\"\n"
            : "# tid: \"13:30\"\n");
        text.Append(previous?.Place is { } place ? $"sted: {Scalar(place)}\n" : "# sted: Rådhuset\n");
        text.Append(kind == MeetingKind.Dagsorden
            ? "type: dagsorden     # skift til referat, når mødet er holdt og beslutningerne er skrevet ind\n"
            : "type: referat\n");
        text.Append("# fraværende: [Navn Navnesen]\n");
        text.Append(previous is { GridColumns.IsEmpty: false } ? $"kommunikation: {List(previous.GridColumns)}\n" : "# kommunikation: [BSK, BYR]\n");
        text.Append("---\n");
        return text.ToString();
    }

    public static string ExampleItemFileName(int number) => $"{number}-{Slugs.From(TemplateText.Title)}.md";

    public static string ExampleItem(int number, DateOnly date, MeetingKind kind, Meeting? previous)
    {
        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        var codes = previous?.GridColumns.Take(2).ToList() is { Count: > 0 } some ? List(some) : "[BSK]";
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append($"# Punktets nummer. Udvalgets punkter nummereres fortløbende gennem {year}; næste punkt får {number + 1}.\n");
        text.Append($"nummer: {number}\n");
        text.Append("# Titlen, som den står på dagsordenen. Omdøb gerne filen efter den (tal-titel.md).\n");
        text.Append($"titel: {TemplateText.Title}\n");
        text.Append("# Sagsnummeret: et KLE-journalnummer (emne-facet-løbenummer-år). Fjern '#' foran, når nummeret kendes.\n");
        text.Append("# sagsnummer: 15.00.00-A00-3-25\n");
        text.Append("# Koderne i kommunikationsskemaet, der er markeret med X (kun koder fra mødets 'kommunikation').\n");
        text.Append($"# kommunikation: {codes}\n");
        text.Append("# sagsbehandler: Navn Navnesen\n");
        text.Append("# øvrige_sagsbehandlere: [Navn Navnesen]\n");
        text.Append("# Et lukket punkt viser kun nummer, titel og beslutning_offentlig; intet andet af det udgives.\n");
        text.Append("# lukket: true\n");
        text.Append("# beslutning_offentlig: Udvalget godkendte indstillingen.\n");
        text.Append("# Bilag: en titel, og filnavnet når filen ligger i denne mappe og må udgives.\n");
        text.Append("# bilag:\n");
        text.Append("#   - titel: Bilagets titel\n");
        text.Append("#     fil: bilag.pdf\n");
        text.Append("---\n");
        text.Append($"## Resume\n\n{TemplateText.Resume}\n\n");
        text.Append($"## Sagsfremstilling\n\n{TemplateText.CaseDescription}\n\n");
        text.Append($"## Indstilling\n\n{TemplateText.Recommendation}\n");
        if (kind == MeetingKind.Referat)
        {
            text.Append($"\n## Beslutning\n\n{TemplateText.Decision}\n");
        }
        return text.ToString();
    }

    private static string List(IEnumerable<string> values) => $"[{string.Join(", ", values.Select(Scalar))}]";

    /// <summary>A value as YAML: plain when it is a plain word, otherwise in double quotes.</summary>
    private static string Scalar(string value) =>
        PlainWord().IsMatch(value) ? value : $"\"{value.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"";
}
