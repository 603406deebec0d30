using Referater.Site.Content;

namespace Referater.Site.Import;

/// <summary>Finds the referat's committee in site.yml by the names the referat gives it, the surest first.</summary>
public static class CommitteeMatcher
{
    /// <summary>A committee given on the command line, by its slug or its name.</summary>
    public static Committee? Find(SiteConfig config, string slugOrName) =>
        config.FindCommittee(slugOrName)
        ?? config.Committees.FirstOrDefault(c => c.Name.Equals(slugOrName.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? config.Committees.FirstOrDefault(c => CommitteeNames.SameBody(c.Name, slugOrName) || c.Slug == Slugs.From(slugOrName));

    public static Committee? Match(SiteConfig config, IReadOnlyList<(string Name, int Line)> names)
    {
        foreach (var (name, _) in names)
        {
            var committee = config.Committees.FirstOrDefault(c => CommitteeNames.SameBody(c.Name, name) || c.Slug == Slugs.From(name));
            if (committee is not null)
            {
                return committee;
            }
        }
        // "REFERAT Ordinært møde i Beskæftigelsesudvalget (BSK)": the name inside a longer phrase.
        foreach (var (name, _) in names)
        {
            var committee = config.Committees
                .OrderByDescending(c => c.Name.Length)
                .FirstOrDefault(c => CommitteeNames.Mentions(name, c.Name));
            if (committee is not null)
            {
                return committee;
            }
        }
        // "Godkendelse af dagsorden for ØU": the committee by its letters, when one committee alone has them.
        foreach (var (name, _) in names)
        {
            var shortened = config.Committees.Where(c => CommitteeNames.IsAbbreviation(name, c.Name)).ToList();
            if (shortened.Count == 1)
            {
                return shortened[0];
            }
        }
        return null;
    }

    /// <summary>Says what to do when no committee was found: name one in the text, add it to site.yml, or give it on the command line.</summary>
    public static void Report(SiteConfig config, IReadOnlyList<(string Name, int Line)> names, ImportLog log)
    {
        if (names.Count == 0)
        {
            log.Error(1, "RS0511",
                "referatet siger ikke, hvilket udvalg det er fra. Angiv det ved importen med --udvalg SLUG (fx --udvalg "
                + $"{config.Committees.FirstOrDefault()?.Slug ?? "byraadet"}), eller skriv en linje øverst i teksten som 'Udvalg: Beskæftigelsesudvalget'.");
            return;
        }
        var (unknown, line) = names[0];
        var name = CommitteeNames.WithoutPeriod(unknown).Trim();
        log.Error(line, "RS0512",
            $"udvalget '{name}' findes ikke i site.yml. Tilføj det under 'udvalg:' i site.yml:\n"
            + $"  - slug: {Slugs.From(name)}\n    navn: {name}\n"
            + $"og importér igen, eller angiv et kendt udvalg med --udvalg (kendte udvalg: {string.Join(", ", config.Committees.Select(c => c.Name))}).");
    }
}
