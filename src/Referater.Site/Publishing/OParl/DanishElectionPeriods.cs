namespace Referater.Site.Publishing.OParl;

/// <summary>
/// The terms of Danish municipal councils (kommunale valgperioder): four years from 1 January after the November
/// election, 2010–2013, 2014–2017, …; after the municipal reform, 2007–2009. Earlier meetings belong to no term here.
/// </summary>
public static class DanishElectionPeriods
{
    public static IEnumerable<(int First, int Last)> Covering(IEnumerable<DateOnly> dates) =>
        dates.Select(d => Of(d.Year)).OfType<(int, int)>().Distinct().Order();

    public static (int First, int Last)? Of(int year) => year switch
    {
        >= 2010 => (2010 + ((year - 2010) / 4 * 4), 2010 + ((year - 2010) / 4 * 4) + 3),
        >= 2007 => (2007, 2009),
        _ => null,
    };
}
