using System.Collections.Immutable;
using Referater.Site.Content;

namespace Referater.Site.Import;

/// <summary>
/// Turns the lines of a referat into a meeting: the head before the first punkt gives the meeting's facts, each
/// punkt heading starts a punkt that runs to the next one.
/// </summary>
public sealed class ReferatParser(SiteConfig config, ImportLog log)
{
    public (ImportedMeeting? Meeting, Committee? Committee) Parse(IReadOnlyList<SourceLine> lines)
    {
        var itemLabels = new ItemLabels(config);
        var headings = new ItemHeadingRecogniser(itemLabels, new SectionLabels(""), log).Find(lines);
        var headEnd = headings.Count > 0 ? headings[0].Index : lines.Count;
        var quiet = new[] { config.Municipality };
        var facts = new MeetingFactsParser(log, quiet, config.Committees.Select(c => c.Name).ToList()).Parse(lines.Take(headEnd).ToList());
        var committee = CommitteeMatcher.Match(config, facts, log);
        if (facts.Date is null)
        {
            log.Error(1, "RS0513",
                "mødets dato står ikke i referatets hoved. Skriv en linje som 'Mødedato 17. februar 2026' eller 'REFERAT Beskæftigelsesudvalget d. 17-02-2026' øverst i teksten, og importér igen.");
        }
        if (headings.Count == 0)
        {
            log.Error(1, "RS0514",
                "referatet har ingen punkter, som importen kan finde. Et punkt begynder med en linje som 'Punkt 12: Titel' eller '12. Titel'.");
        }
        if (committee is null || facts.Date is null || headings.Count == 0)
        {
            return (null, committee);
        }
        var itemParser = new ItemParser(itemLabels, new SectionLabels(committee.Name), log);
        var items = ImmutableArray.CreateBuilder<ImportedItem>(headings.Count);
        for (var k = 0; k < headings.Count; k++)
        {
            var end = k + 1 < headings.Count ? headings[k + 1].Index : lines.Count;
            var body = lines.Skip(headings[k].End).Take(Math.Max(0, end - headings[k].End)).ToList();
            items.Add(itemParser.Parse(headings[k], body, lines[headings[k].Index].Number));
        }
        return (new ImportedMeeting(facts, items.ToImmutable()), committee);
    }
}
