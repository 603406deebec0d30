using Referater.Site.Content;

namespace Referater.Site.Import;

/// <summary>Finds the referat's committee in site.yml by the name the referat gives it.</summary>
public static class CommitteeMatcher
{
    public static Committee? Match(SiteConfig config, MeetingFacts facts, ImportLog log)
    {
        foreach (var (name, _) in facts.CommitteeNames)
        {
            var normalised = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var committee = config.Committees.FirstOrDefault(c =>
                c.Name.Equals(normalised, StringComparison.OrdinalIgnoreCase) || c.Slug == Slugs.From(normalised));
            if (committee is not null)
            {
                return committee;
            }
        }
        // "REFERAT Ordinært møde i Beskæftigelsesudvalget (BSK)": the name inside a longer phrase.
        foreach (var (name, _) in facts.CommitteeNames)
        {
            var committee = config.Committees
                .OrderByDescending(c => c.Name.Length)
                .FirstOrDefault(c => name.Contains(c.Name, StringComparison.OrdinalIgnoreCase));
            if (committee is not null)
            {
                return committee;
            }
        }
        if (facts.CommitteeNames.IsEmpty)
        {
            log.Error(1, "RS0511",
                "referatet siger ikke, hvilket udvalg det er fra. Skriv en linje øverst i teksten som 'REFERAT Beskæftigelsesudvalget d. 17-02-2026' eller 'Udvalg: Beskæftigelsesudvalget', og importér igen.");
            return null;
        }
        var (unknown, line) = facts.CommitteeNames[0];
        log.Error(line, "RS0512",
            $"udvalget '{unknown}' findes ikke i site.yml. Tilføj det under 'udvalg:' i site.yml:\n"
            + $"  - slug: {Slugs.From(unknown)}\n    navn: {unknown}\n"
            + $"og importér igen (kendte udvalg: {string.Join(", ", config.Committees.Select(c => c.Name))}).");
        return null;
    }
}
