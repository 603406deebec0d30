namespace Referater.Benchmarks.Corpus;

/// <summary>
/// The words the synthetic referater are made of: the vocabulary of Danish committee minutes, so that the
/// text has realistic word lengths, Danish letters, and enough distinct words to give a search index real work.
/// </summary>
public static class Vocabulary
{
    public static readonly string[] Nouns =
    [
        "kommune", "udvalg", "forvaltning", "borger", "virksomhed", "indsats", "handleplan", "strategi", "økonomi",
        "budget", "ramme", "bevilling", "tillægsbevilling", "anlægsudgift", "driftsudgift", "merforbrug", "mindreforbrug",
        "aftale", "partnerskab", "samarbejde", "projekt", "pulje", "ansøgning", "tilskud", "evaluering", "opfølgning",
        "status", "orientering", "høring", "høringssvar", "lovgivning", "bekendtgørelse", "vejledning", "retningslinje",
        "kvalitetsstandard", "serviceniveau", "målgruppe", "ledighed", "beskæftigelse", "uddannelse", "praktik",
        "jobcenter", "sygedagpenge", "kontanthjælp", "ressourceforløb", "fleksjob", "revalidering", "integration",
        "skole", "folkeskole", "dagtilbud", "daginstitution", "børnehave", "vuggestue", "dagpleje", "ungdomsskole",
        "fritidsklub", "idrætsanlæg", "svømmehal", "bibliotek", "museum", "kulturhus", "forening", "frivillighed",
        "plejecenter", "hjemmepleje", "sundhedshus", "genoptræning", "forebyggelse", "rehabilitering", "botilbud",
        "misbrugsbehandling", "handicap", "psykiatri", "socialtilsyn", "lokalplan", "kommuneplan", "byggetilladelse",
        "byggefelt", "udstykning", "boligområde", "erhvervsområde", "infrastruktur", "vejprojekt", "cykelsti",
        "trafiksikkerhed", "busrute", "kollektiv", "parkering", "kloakering", "spildevand", "vandløb", "regnvand",
        "klimatilpasning", "affald", "genanvendelse", "genbrugsplads", "miljøgodkendelse", "jordforurening",
        "naturpleje", "beplantning", "energiforbrug", "varmeplan", "fjernvarme", "solcelleanlæg", "vindmølle",
        "beredskab", "brandstation", "personale", "medarbejder", "arbejdsmiljø", "sygefravær", "rekruttering",
        "digitalisering", "it-system", "selvbetjening", "udbud", "indkøb", "kontrakt", "leverandør", "ejendom",
        "bygning", "renovering", "vedligeholdelse", "lokaler", "takst", "betaling", "regnskab", "årsregnskab",
        "budgetopfølgning", "revision", "revisionsberetning", "styrelse", "ministerium", "region", "nabokommune",
        "erhvervsliv", "arbejdsmarked", "turisme", "bosætning", "landdistrikt", "lokalråd", "borgermøde", "dialog",
        "temadrøftelse", "målsætning", "nøgletal", "analyse", "undersøgelse", "rapport", "tidsplan", "fase",
        "etape", "proces", "beslutning", "indstilling", "godkendelse", "principbeslutning", "prioritering",
    ];

    public static readonly string[] Adjectives =
    [
        "samlet", "kommunal", "regional", "statslig", "lokal", "ny", "nuværende", "tidligere", "fremtidig", "årlig",
        "månedlig", "væsentlig", "endelig", "foreløbig", "politisk", "administrativ", "økonomisk", "faglig", "social",
        "sundhedsfaglig", "pædagogisk", "bæredygtig", "grøn", "digital", "tværgående", "helhedsorienteret",
        "forebyggende", "håndholdt", "målrettet", "langvarig", "kortvarig", "særlig", "generel", "konkret",
        "forventet", "budgetteret", "godkendt", "revideret", "udvidet", "midlertidig", "permanent", "ekstern",
        "intern", "fælles", "borgernær", "effektiv", "stabil", "stigende", "faldende", "uændret",
    ];

    public static readonly string[] Verbs =
    [
        "godkender", "drøfter", "tiltræder", "anbefaler", "beslutter", "vurderer", "understøtter", "styrker",
        "forbedrer", "udvider", "reducerer", "finansierer", "prioriterer", "igangsætter", "afslutter", "evaluerer",
        "fastholder", "koordinerer", "implementerer", "udmønter", "præsenterer", "beskriver", "forventer", "sikrer",
        "afholder", "modtager", "udarbejder", "indarbejder", "fremlægger", "vedtager",
    ];

    public static readonly string[] Connectives =
    [
        "og", "samt", "men", "således at", "herunder", "idet", "hvorfor", "da", "mens", "og dermed", "så",
        "ligesom", "hvilket betyder, at", "for at", "med henblik på at",
    ];

    public static readonly string[] Prepositions =
    [
        "i", "på", "for", "med", "til", "om", "fra", "inden for", "efter", "ved", "under", "mellem", "omkring",
    ];

    public static readonly string[] Openers =
    [
        "Det vurderes, at", "Administrationen bemærker, at", "Det fremgår af analysen, at", "Erfaringerne viser, at",
        "Det forventes, at", "På den baggrund foreslås det, at", "Samtidig gælder det, at", "Det skal bemærkes, at",
        "I praksis betyder det, at", "Som tidligere oplyst", "Af budgettet fremgår det, at", "Forvaltningen anbefaler, at",
    ];

    public static readonly string[] TitleOpeners =
    [
        "Orientering om", "Godkendelse af", "Drøftelse af", "Status på", "Evaluering af", "Høring om",
        "Budgetopfølgning for", "Ansøgning om", "Forslag til", "Principbeslutning om", "Opfølgning på",
        "Temadrøftelse om", "Udmøntning af", "Tillægsbevilling til", "Kvalitetsstandard for",
    ];

    public static readonly string[] FirstNames =
    [
        "Anne", "Mette", "Hanne", "Susanne", "Lene", "Camilla", "Louise", "Maria", "Kirsten", "Charlotte", "Rikke",
        "Peter", "Jens", "Lars", "Henrik", "Søren", "Niels", "Thomas", "Rasmus", "Mads", "Jørgen", "Bjarne", "Ole",
    ];

    public static readonly string[] LastNames =
    [
        "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
        "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Møller", "Poulsen", "Kjær", "Lund",
        "Holm", "Østergaard", "Bøgh", "Dahl", "Skov", "Aagaard",
    ];

    public static readonly string[] Decisions =
    [
        "Indstillingen er tiltrådt.", "Orienteringen er taget til efterretning.", "Indstillingen er godkendt.",
        "Udvalget anbefaler indstillingen over for Økonomiudvalget og Byrådet.", "Sagen blev drøftet.",
        "Indstillingen er tiltrådt med den bemærkning, at sagen genoptages på et senere møde.",
    ];

    public static readonly string[] AttachmentKinds =
    [
        "Notat om", "Bilag:", "Høringssvar vedr.", "Præsentation om", "Rapport om", "Kortbilag til", "Tidsplan for",
        "Budgetoversigt for",
    ];
}
