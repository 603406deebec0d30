using System.Text;
using System.Text.RegularExpressions;
using Referater.Site.Tests.Support;
using Referater.Site.Validation;
using static Referater.Site.Tests.Support.TestSite;

namespace Referater.Site.Tests.Validation;

/// <summary>
/// Bad input of every kind an editor (or an attacker) can commit. Each case runs the build command in-process,
/// as the CLI runs it, and must give exit code 1, a located Danish message (file:line:column), no stack trace,
/// and leave the previously published output untouched. A few cases also run through the real process.
/// </summary>
public sealed class BadInputCorpusTests
{
    private const string Bundle = $"input/{Committee}/{Date}";
    private const string Punkt = $"{Date}/11-punkt.md";
    private const string Index = $"{Date}/index.md";
    private const string Config = "input/site.yml";
    private const string Previous = "previous site";

    /// <summary>One bad input: how to break the valid site, and where and what the first error must say (line 0: any line).</summary>
    public sealed record Case(Action<TestSite> Break, string File, int Line, string Message);

    private static Action<TestSite> Item(string content) => site => site.Folder.Write($"{Bundle}/11-punkt.md", content);

    private static Action<TestSite> ItemBytes(byte[] content) => site => site.Folder.WriteBytes($"{Bundle}/11-punkt.md", content);

    private static Action<TestSite> Meeting(string frontMatter) =>
        site => site.Folder.Write($"{Bundle}/index.md", $"---\nudvalg: {Committee}\ndato: {Date}\n{frontMatter}---\n");

    private static Action<TestSite> SiteYml(Func<string, string> change) => site => site.Folder.Write(Config, change(TestSite.DefaultConfig));

    private static Action<TestSite> Body(string body) => Item($"---\nnummer: 11\ntitel: Punkt\n---\n{body}");

    private static readonly string Nested = "indlejret mere end 32 niveauer";

    /// <summary>A punkt with one attachment, the file named as given (line 5 is the attachment's '- titel').</summary>
    private static Action<TestSite> Attachment(string file, Action<TestSite>? place = null) => site =>
    {
        place?.Invoke(site);
        Item($"---\nnummer: 11\ntitel: Punkt\nbilag:\n  - titel: Rapport\n    fil: {Yaml(file)}\n---\n")(site);
    };

    private static string Yaml(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\0", "\\0").Replace("\n", "\\n").Replace("\"", "\\\"") + "\"";

    private static Action<TestSite> Link(string relative, string target) => site =>
    {
        var path = site.Folder.Combine(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
        File.CreateSymbolicLink(path, target);
    };

    private static Action<TestSite> Fifo(string relative) => site =>
    {
        var path = site.Folder.Combine(relative);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
        Special.MakeFifo(path);
    };

    private static Action<TestSite> Both(params Action<TestSite>[] steps) => site =>
    {
        foreach (var step in steps)
        {
            step(site);
        }
    };

    private static Action<TestSite> Pdf(string file, params string[] pages) => site => site.Folder.WriteBytes($"{Bundle}/{file}", TestPdf.With(pages));

    /// <summary>A case number accepted by site.yml's pattern, so that only its address is at stake.</summary>
    private static Action<TestSite> PermissiveCase(string caseNumber) => Both(
        SiteYml(c => c + "\nsagsnummer_mønster: '^.+$'\n"),
        Item($"---\nnummer: 11\ntitel: Punkt\nsagsnummer: {Yaml(caseNumber)}\n---\n"));

    private const string Bomb = "a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n";

    public static readonly IReadOnlyDictionary<string, Case> Cases = new Dictionary<string, Case>
    {
        // Keys and values of a punkt
        ["missing titel"] = new(Item("---\nnummer: 11\n---\n"), Punkt, 1, "nøglen 'titel' mangler"),
        ["missing nummer"] = new(Item("---\ntitel: Punkt\n---\n"), Punkt, 1, "nøglen 'nummer' mangler"),
        ["misspelt key"] = new(Item("---\nnummer: 11\ntitl: Punkt\n---\n"), Punkt, 3, "Mente du 'titel'?"),
        ["unknown key"] = new(Item("---\nnummer: 11\ntitel: Punkt\nforfatter: Anne\n---\n"), Punkt, 4, "ukendt nøgle 'forfatter'"),
        ["nummer is a word"] = new(Item("---\nnummer: elleve\ntitel: Punkt\n---\n"), Punkt, 2, "positivt heltal, ikke 'elleve'"),
        ["nummer is negative"] = new(Item("---\nnummer: -3\ntitel: Punkt\n---\n"), Punkt, 2, "positivt heltal"),
        ["nummer is a list"] = new(Item("---\nnummer: [1, 2]\ntitel: Punkt\n---\n"), Punkt, 2, "'nummer' skal være en enkelt tekst"),
        ["titel is empty"] = new(Item("---\nnummer: 11\ntitel:\n---\n"), Punkt, 3, "'titel' er tom"),
        ["titel is a mapping"] = new(Item("---\nnummer: 11\ntitel:\n  tekst: Punkt\n---\n"), Punkt, 4, "'titel' skal være en enkelt tekst"),
        ["lukket is neither true nor false"] = new(Item("---\nnummer: 11\ntitel: Punkt\nlukket: måske\n---\n"), Punkt, 4, "'lukket' skal være true eller false"),
        ["public decision on an open punkt"] = new(Item("---\nnummer: 11\ntitel: Punkt\nbeslutning_offentlig: Godkendt\n---\n"), Punkt, 4, "kun ved lukkede punkter"),
        ["duplicate punkt number"] = new(Item("---\nnummer: 10\ntitel: Punkt\n---\n"), Punkt, 2, "punkt 10 findes allerede"),
        ["invalid sagsnummer"] = new(Item("---\nnummer: 11\ntitel: Punkt\nsagsnummer: 15.00-A00-3\n---\n"), Punkt, 4, "ikke et gyldigt sagsnummer"),
        ["grid code not a column"] = new(Item("---\nnummer: 11\ntitel: Punkt\nkommunikation: [XYZ]\n---\n"), Punkt, 4, "'XYZ' er ikke en af kolonnerne"),
        ["caseworkers as a mapping"] = new(Item("---\nnummer: 11\ntitel: Punkt\nøvrige_sagsbehandlere:\n  navn: Anne\n---\n"), Punkt, 5, "skal være en liste"),
        ["bilag is not a list"] = new(Item("---\nnummer: 11\ntitel: Punkt\nbilag: rapport.pdf\n---\n"), Punkt, 4, "en liste med ét bilag pr. linje"),
        ["bilag without titel"] = new(Item("---\nnummer: 11\ntitel: Punkt\nbilag:\n  - fil: rapport.pdf\n---\n"), Punkt, 5, "et bilag mangler 'titel'"),
        ["bilag with a misspelt key"] = new(Item("---\nnummer: 11\ntitel: Punkt\nbilag:\n  - titel: Rapport\n    file: rapport.pdf\n---\n"), Punkt, 6, "Mente du 'fil'?"),
        ["bilag file missing"] = new(Item("---\nnummer: 11\ntitel: Punkt\nbilag:\n  - titel: Rapport\n    fil: mangler.pdf\n---\n"), Punkt, 5, "bilaget 'mangler.pdf' findes ikke i mappen"),
        ["bilag outside the folder"] = new(Item("---\nnummer: 11\ntitel: Punkt\nbilag:\n  - titel: Rapport\n    fil: ../../site.yml\n---\n"), Punkt, 5, "skal ligge i samme mappe"),
        ["bilag is a Markdown file"] = new(Item("---\nnummer: 11\ntitel: Punkt\nbilag:\n  - titel: Rapport\n    fil: 10-punkt.md\n---\n"), Punkt, 5, "må ikke være en .md-fil"),
        ["closed punkt's bilag on a public punkt"] = new(site =>
        {
            site.Folder.WriteBytes($"{Bundle}/rapport.pdf", TestPdf.With("Rapport"));
            site.Folder.Write($"{Bundle}/12-lukket.md", "---\nnummer: 12\ntitel: Lukket\nlukket: true\nbilag:\n  - titel: Rapport\n    fil: rapport.pdf\n---\n");
            Item("---\nnummer: 11\ntitel: Punkt\nbilag:\n  - titel: Rapport\n    fil: rapport.pdf\n---\n")(site);
        }, Punkt, 4, "hører også til det lukkede punkt 12"),

        // Unfinished text from the template of 'new'
        ["template title left"] = new(Item("---\nnummer: 11\ntitel: Titel på punktet\n---\n## Beslutning\n\nGodkendt.\n"), Punkt, 3, "'Titel på punktet' er skabelonens tekst"),
        ["template decision left"] = new(Body("## Beslutning\n\nSkriv udvalgets beslutning.\n"), Punkt, 7, "'Skriv udvalgets beslutning.' er skabelonens tekst"),
        ["template case description left"] = new(Body("## Sagsfremstilling\n\nForord. Skriv sagsfremstillingen. Brug ### til underoverskrifter.\n"), Punkt, 7, "er skabelonens tekst"),

        // Broken YAML and front matter
        ["unclosed flow sequence"] = new(Item("---\nnummer: 11\ntitel: Punkt\nbilag: [Rapport\n---\n"), Punkt, 0, "en liste i kantede parenteser lukkes aldrig"),
        ["unquoted colon in a value"] = new(Item("---\nnummer: 11\ntitel: Punkt: nyt: igen\n---\n"), Punkt, 3, "kolon inde i en værdi"),
        ["unclosed quote"] = new(Item("---\nnummer: 11\ntitel: \"Punkt\n---\n"), Punkt, 0, "et anførselstegn lukkes aldrig"),
        ["tab indentation"] = new(Item("---\nnummer: 11\ntitel: Punkt\nbilag:\n\t- titel: Rapport\n---\n"), Punkt, 5, "indrykket med tabulator"),
        ["duplicate key"] = new(Item("---\nnummer: 11\ntitel: Punkt\ntitel: Andet\n---\n"), Punkt, 4, "nøglen 'titel' står to gange"),
        ["front matter never closed"] = new(Item("---\nnummer: 11\ntitel: Punkt\n"), Punkt, 1, "afsluttes aldrig"),
        ["no front matter"] = new(Item("# Punkt 11\n\nTekst.\n"), Punkt, 1, "skal begynde med en linje med '---'"),
        ["front matter is a list"] = new(Item("---\n- nummer\n- titel\n---\n"), Punkt, 2, "nøgler og værdier"),
        ["empty file"] = new(Item(""), Punkt, 1, "filen er tom"),
        ["only white space"] = new(Item("\n  \n\t\n"), Punkt, 1, "filen er tom"),

        // Encodings, line endings, binary
        ["Latin-1 instead of UTF-8"] = new(ItemBytes(Encoding.Latin1.GetBytes("---\nnummer: 11\ntitel: Beskæftigelse\n---\n")), Punkt, 3, "ikke gemt som UTF-8"),
        ["UTF-16"] = new(ItemBytes([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("---\nnummer: 11\ntitel: Punkt\n---\n")]), Punkt, 1, "gemt som UTF-16"),
        ["binary image named .md"] = new(ItemBytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]), Punkt, 3, "binære data"),
        ["NUL byte in text"] = new(Item("---\nnummer: 11\ntitel: Punkt\0\n---\n"), Punkt, 3, "binære data"),
        ["BOM and CRLF with an error on line 3"] = new(ItemBytes([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("---\r\nnummer: 11\r\ntitl: Punkt\r\n---\r\n")]), Punkt, 3, "Mente du 'titel'?"),
        ["CR line endings with an error on line 3"] = new(Item("---\rnummer: 11\rtitl: Punkt\r---\r"), Punkt, 3, "Mente du 'titel'?"),

        // Limits
        ["file over 5 MB"] = new(Body(new string('a', 5 * 1024 * 1024 + 1)), Punkt, 1, "højst fylde 5 MB"),
        ["10,000 nested quotes"] = new(Body(new string('>', 10_000) + " tekst\n"), Punkt, 5, Nested),
        ["10,000 nested list markers"] = new(Body(string.Concat(Enumerable.Repeat("- ", 10_000)) + "tekst\n"), Punkt, 5, Nested),
        ["lists nested by indentation"] = new(Body(string.Join("\n", Enumerable.Range(0, 100).Select(i => new string(' ', 2 * i) + "- punkt"))), Punkt, 37, Nested),
        ["10,000 nested emphasis markers"] = new(Body(new string('*', 10_000) + "x" + new string('*', 10_000)), Punkt, 5, "for dybt indlejret"),
        ["10,000 nested brackets"] = new(Body(new string('[', 100_000) + "x" + new string(']', 100_000)), Punkt, 5, "for dybt indlejret"),
        ["deep nesting in a meeting's introduction"] = new(site => site.Folder.Write($"{Bundle}/index.md", $"---\nudvalg: {Committee}\ndato: {Date}\n---\n\n" + new string('>', 10_000)), Index, 6, Nested),
        ["deep nesting in a public decision"] = new(Item("---\nnummer: 11\ntitel: Punkt\nlukket: true\nbeslutning_offentlig: \"" + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\"\n---\n"), Punkt, 5, Nested),

        // The meeting
        ["meeting without udvalg"] = new(site => site.Folder.Write($"{Bundle}/index.md", $"---\ndato: {Date}\n---\n"), Index, 1, "nøglen 'udvalg' mangler"),
        ["committee not in site.yml"] = new(site => site.Folder.Write($"{Bundle}/index.md", $"---\nudvalg: skoleudvalget\ndato: {Date}\n---\n"), Index, 2, "udvalget 'skoleudvalget' findes ikke i site.yml"),
        ["impossible date"] = new(site => site.Folder.Write($"{Bundle}/index.md", $"---\nudvalg: {Committee}\ndato: 2026-02-30\n---\n"), Index, 3, "ikke en gyldig dato"),
        ["date in Danish order"] = new(site => site.Folder.Write($"{Bundle}/index.md", $"---\nudvalg: {Committee}\ndato: 17-02-2026\n---\n"), Index, 3, "ikke en gyldig dato"),
        ["time out of range"] = new(Meeting("tid: \"25:00\"\n"), Index, 4, "ikke et klokkeslæt"),
        ["unknown meeting type"] = new(Meeting("type: protokol\n"), Index, 4, "referat eller dagsorden"),
        ["unknown meeting key"] = new(Meeting("formand: Anne\n"), Index, 4, "ukendt nøgle 'formand'"),
        ["two meetings on one date"] = new(site => site
            .Meeting($"tidligere/{Committee}", Date, $"---\nudvalg: {Committee}\ndato: {Date}\n---\n")
            .Item($"tidligere/{Committee}", Date, "10-punkt.md", TestSite.ItemText(10, "Punkt")), $"tidligere/{Committee}/{Date}/index.md", 1, "har allerede et møde den 2026-02-17"),
        ["folder named after another date"] = new(site => site
            .Meeting(Committee, "2026-03-17", $"---\nudvalg: {Committee}\ndato: 2026-03-18\n---\n")
            .Item(Committee, "2026-03-17", "10-punkt.md", TestSite.ItemText(10, "Punkt")), "2026-03-17/index.md", 3, "Omdøb mappen til '2026-03-18', eller ret 'dato'"),
        ["folder of another committee"] = new(site => site
            .Meeting("byraadet", Date, $"---\nudvalg: {Committee}\ndato: {Date}\n---\n")
            .Item("byraadet", Date, "10-punkt.md", TestSite.ItemText(10, "Punkt")), $"byraadet/{Date}/index.md", 2, "Flyt mødets mappe til 'beskaeftigelsesudvalget/'"),
        ["punkt outside a meeting folder"] = new(site => site.Folder.Write($"input/{Committee}/noter.md", "# Noter\n"), $"{Committee}/noter.md", 1, "mappe uden index.md"),

        // site.yml
        ["site.yml missing"] = new(site => File.Delete(site.Folder.Combine(Config)), "site.yml", 1, "site.yml findes ikke"),
        ["site.yml is broken YAML"] = new(SiteYml(c => c.Replace("kommune: Testrup Kommune", "kommune: [Testrup")), "site.yml", 0, "teksten slutter, før en liste"),
        ["site.yml without url"] = new(SiteYml(c => c.Replace("url: https://referater.testrup.dk\n", "")), "site.yml", 1, "'url' mangler"),
        ["site.yml url without scheme"] = new(SiteYml(c => c.Replace("url: https://", "url: ")), "site.yml", 2, "sidens fulde adresse"),
        ["site.yml statement is a script"] = new(SiteYml(c => c + "\ntilgængelighedserklæring: javascript:alert(1)\n"), "site.yml", 13, "fuld webadresse"),
        ["site.yml misspelt key"] = new(SiteYml(c => c.Replace("kommune:", "kommun:")), "site.yml", 1, "Mente du 'kommune'?"),
        ["site.yml colour is not a colour"] = new(SiteYml(c => c + "\nfarve: rød\n"), "site.yml", 13, "farvekode"),
        ["site.yml pattern is not a regex"] = new(SiteYml(c => c + "\nsagsnummer_mønster: '(['\n"), "site.yml", 13, "ikke et gyldigt regulært udtryk"),
        ["site.yml slug is not a slug"] = new(SiteYml(c => c.Replace("slug: byraadet", "slug: Byrådet")), "site.yml", 7, "kan ikke bruges i en adresse"),

        // Personal data
        ["CPR number in a title"] = new(Item("---\nnummer: 11\ntitel: Klage fra 010190-1234\n---\n"), Punkt, 3, "CPR-nummer (010190-xxxx)"),
        ["CPR number in the body"] = new(Body("## Sagsfremstilling\n\nBorgeren, cpr.nr. 0101901234, klager.\n"), Punkt, 7, "CPR-nummer"),
        ["CPR number with label and space"] = new(Body("CPR-nr. 010190 1234\n"), Punkt, 5, "CPR-nummer"),
        ["CPR number in an attachment title"] = new(Item("---\nnummer: 11\ntitel: Punkt\nbilag:\n  - titel: Brev fra 010190-1234\n---\n"), Punkt, 5, "CPR-nummer"),
        ["CPR number in the meeting place"] = new(Meeting("sted: Hos 010190-1234\n"), Index, 4, "CPR-nummer"),
        ["CPR number in a closed punkt's public decision"] = new(Item("---\nnummer: 11\ntitel: Punkt\nlukket: true\nbeslutning_offentlig: Afslag til 010190-1234\n---\n"), Punkt, 5, "CPR-nummer"),

        // Links that lead nowhere
        ["link to a meeting that does not exist"] = new(Body("[se mødet](/beskaeftigelsesudvalget/2099-01-01/)\n"), Punkt, 5, "som ikke findes i det byggede site"),
        ["link to a punkt that does not exist"] = new(Body("[se punkt 99](#punkt-99)\n"), Punkt, 5, "intet element med id=\"punkt-99\""),
        ["image that is not in the bundle"] = new(Body("![diagram](diagram.png)\n"), Punkt, 5, "som ikke findes i det byggede site"),
        ["link to a meeting that does not exist, in a later section"] = new(Body("## Resume\n\nKort.\n\n## Sagsfremstilling\n\nSe [rapporten][r].\n\n[r]: /beskaeftigelsesudvalget/2099-01-01/\n"), Punkt, 11, "som ikke findes i det byggede site"),
        ["attachments whose names differ only in case"] = new(site =>
        {
            site.Folder.WriteBytes($"{Bundle}/Rapport.pdf", TestPdf.With("Rapport"));
            site.Folder.WriteBytes($"{Bundle}/rapport.pdf", TestPdf.With("Rapport"));
            site.Item(Committee, Date, "10-punkt.md", TestSite.ItemText(10, "Orientering", extra: "bilag:\n  - titel: Rapport\n    fil: Rapport.pdf\n"));
            Item("---\nnummer: 11\ntitel: Punkt\nbilag:\n  - titel: Rapport\n    fil: rapport.pdf\n---\n## Beslutning\n\nGodkendt.\n")(site);
        }, Punkt, 5, "får samme sti som"),

        // Files from outside the content: links, pipes and devices are never read or published
        ["attachment is a link to /etc/passwd"] = new(Attachment("passwd.txt", Link($"{Bundle}/passwd.txt", "/etc/passwd")), Punkt, 5, "er et symbolsk link"),
        ["attachment is a link to the environment"] = new(Attachment("miljoe.txt", Link($"{Bundle}/miljoe.txt", "/proc/self/environ")), Punkt, 5, "er et symbolsk link"),
        ["attachment is a link to a PDF in the bundle"] = new(Attachment("kopi.pdf", Both(Pdf("rapport.pdf", "Rapport"), Link($"{Bundle}/kopi.pdf", "rapport.pdf"))), Punkt, 5, "er et symbolsk link"),
        ["attachment is a link that leads nowhere"] = new(Attachment("tom.pdf", Link($"{Bundle}/tom.pdf", "/findes/ikke.pdf")), Punkt, 5, "er et symbolsk link"),
        ["attachment is a named pipe"] = new(Attachment("roer.pdf", Fifo($"{Bundle}/roer.pdf")), Punkt, 5, "ikke en almindelig fil"),
        ["attachment is a folder"] = new(Attachment("mappe.pdf", site => Directory.CreateDirectory(site.Folder.Combine($"{Bundle}/mappe.pdf"))), Punkt, 5, "ikke en almindelig fil"),
        ["logo is a link to /etc/passwd"] = new(Both(Link("input/logo.png", "/etc/passwd"), SiteYml(c => c + "\nlogo: logo.png\n")), "site.yml", 13, "er et symbolsk link"),
        ["logo is a named pipe"] = new(Both(Fifo("input/logo.svg"), SiteYml(c => c + "\nlogo: logo.svg\n")), "site.yml", 13, "ikke en almindelig fil"),
        ["logo in a linked folder"] = new(Both(Link("input/billeder", "/usr/share"), SiteYml(c => c + "\nlogo: billeder/logo.svg\n")), "site.yml", 13, "symbolsk link"),
        ["punkt is a link to /etc/passwd"] = new(Link($"{Bundle}/11-punkt.md", "/etc/passwd"), Punkt, 1, "er et symbolsk link"),
        ["punkt is a named pipe"] = new(Fifo($"{Bundle}/11-punkt.md"), Punkt, 1, "ikke en almindelig fil"),
        ["meeting file is a link"] = new(Both(site => site.Folder.Write("elsewhere/index.md", $"---\nudvalg: {Committee}\ndato: {Date}\n---\n"), Link($"{Bundle}/index.md", "../../../elsewhere/index.md")), Index, 1, "er et symbolsk link"),
        ["site.yml is a link"] = new(Both(site => site.Folder.Write("elsewhere/site.yml", DefaultConfig), Link(Config, "../elsewhere/site.yml")), "site.yml", 1, "er et symbolsk link"),
        ["meeting folder is a link to a folder outside"] = new(Both(site => site.Folder.Write("elsewhere/2026-03-03/index.md", $"---\nudvalg: {Committee}\ndato: 2026-03-03\n---\n"), Link($"input/{Committee}/2026-03-03", "../../elsewhere/2026-03-03")), $"{Committee}/2026-03-03", 1, "mappen er et symbolsk link"),
        ["symbolic link loop in the input"] = new(Link($"input/{Committee}/rundt", ".."), $"{Committee}/rundt", 1, "mappen er et symbolsk link"),

        // Attachments that could run script on the site's origin
        ["HTML attachment"] = new(Attachment("side.html", site => site.Folder.Write($"{Bundle}/side.html", "<script>alert(1)</script>")), Punkt, 5, "filtype (.html)"),
        ["SVG attachment"] = new(Attachment("tegning.svg", site => site.Folder.Write($"{Bundle}/tegning.svg", "<svg onload=alert(1)/>")), Punkt, 5, "filtype (.svg)"),
        ["XHTML attachment"] = new(Attachment("side.xhtml", site => site.Folder.Write($"{Bundle}/side.xhtml", "<html/>")), Punkt, 5, "filtype (.xhtml)"),
        ["JavaScript attachment"] = new(Attachment("kode.js", site => site.Folder.Write($"{Bundle}/kode.js", "alert(1)")), Punkt, 5, "filtype (.js)"),
        ["XML attachment"] = new(Attachment("data.xml", site => site.Folder.Write($"{Bundle}/data.xml", "<x/>")), Punkt, 5, "filtype (.xml)"),
        ["HTML attachment in upper case"] = new(Attachment("SIDE.HTM", site => site.Folder.Write($"{Bundle}/SIDE.HTM", "<script/>")), Punkt, 5, "filtype (.HTM)"),
        ["HTML attachment behind a double extension"] = new(Attachment("rapport.pdf.html", site => site.Folder.Write($"{Bundle}/rapport.pdf.html", "<script/>")), Punkt, 5, "filtype (.html)"),
        ["attachment without an extension"] = new(Attachment("rapport", site => site.Folder.Write($"{Bundle}/rapport", "<script/>")), Punkt, 5, "filtype (uden endelse)"),

        // CPR numbers however they are written, wherever they are published
        ["CPR number escaped in site.yml's kommune"] = new(SiteYml(c => c.Replace("kommune: Testrup Kommune", "kommune: \"Testrup 0101\\x39\\x30-1234\"")), "site.yml", 1, "CPR-nummer (010190-xxxx)"),
        ["CPR number escaped in a committee's name"] = new(SiteYml(c => c.Replace("navn: Byrådet", "navn: \"Byrådet \\u0030101901234\"")), "site.yml", 8, "CPR-nummer (010190-xxxx)"),
        ["CPR number escaped in a code's name"] = new(SiteYml(c => c.Replace("BYR: Byrådet", "BYR: \"Byrådet 010190\\u20131234\"")), "site.yml", 12, "CPR-nummer (010190-xxxx)"),
        ["CPR number in a link title with entities"] = new(Body("[Sagen](https://example.org/ \"Borger &#48;10190-1234\")\n"), Punkt, 5, "CPR-nummer (010190-xxxx)"),
        ["CPR number percent-encoded in a link"] = new(Body("[Sagen](https://example.org/?borger=010190%2D1234)\n"), Punkt, 5, "CPR-nummer (010190-xxxx)"),
        ["CPR number with a soft hyphen entity inside"] = new(Body("Borgeren 0101&shy;90-1234 klager.\n"), Punkt, 5, "CPR-nummer (010190-xxxx)"),
        ["CPR number with a soft hyphen inside"] = new(Body("Borgeren 0101\u00AD90-1234 klager.\n"), Punkt, 5, "CPR-nummer (010190-xxxx)"),
        ["CPR number with a zero-width space inside"] = new(Body("Borgeren 010190\u200B-1234 klager.\n"), Punkt, 5, "CPR-nummer (010190-xxxx)"),
        ["CPR number with a word joiner inside"] = new(Item("---\nnummer: 11\ntitel: Klage 01\u20600190-1234\n---\n"), Punkt, 3, "CPR-nummer (010190-xxxx)"),
        ["CPR number with an en dash"] = new(Body("Borgeren 010190\u20131234 klager.\n"), Punkt, 5, "CPR-nummer (010190-xxxx)"),
        ["CPR number with an em dash"] = new(Body("Borgeren 010190\u20141234 klager.\n"), Punkt, 5, "CPR-nummer (010190-xxxx)"),
        ["CPR number with a minus sign"] = new(Body("Borgeren 010190\u22121234 klager.\n"), Punkt, 5, "CPR-nummer (010190-xxxx)"),
        ["CPR number with a spaced dash"] = new(Body("Borgeren 010190 - 1234 klager.\n"), Punkt, 5, "CPR-nummer (010190-xxxx)"),
        ["CPR number after Personnr."] = new(Body("Personnr. 150385 1237\n"), Punkt, 5, "CPR-nummer (150385-xxxx)"),
        ["CPR number in fullwidth digits"] = new(Body("Borgeren \uFF10\uFF11\uFF10\uFF11\uFF19\uFF10-\uFF11\uFF12\uFF13\uFF14 klager.\n"), Punkt, 5, "CPR-nummer (010190-xxxx)"),
        ["CPR number in Arabic-Indic digits"] = new(Item("---\nnummer: 11\ntitel: \"Klage \u0660\u0661\u0660\u0661\u0669\u0660-\u0661\u0662\u0663\u0664\"\n---\n"), Punkt, 3, "CPR-nummer (010190-xxxx)"),
        ["CPR number as HTML entities in a title"] = new(Item("---\nnummer: 11\ntitel: \"Klage &#48;10190-1234\"\n---\n"), Punkt, 3, "CPR-nummer (010190-xxxx)"),
        ["attachment named with a backslash"] = new(Attachment("..\\..\\site.pdf"), Punkt, 5, "skal ligge i samme mappe"),
        ["CPR number escaped in a closed punkt's title, plain in its private text"] = new(Item("---\nnummer: 11\ntitel: \"Klage 0101\\x39\\x30-1234\"\nlukket: true\n---\n## Sagsfremstilling\n\nBorgeren 010190-1234.\n"), Punkt, 3, "CPR-nummer (010190-xxxx)"),
        ["CPR number escaped in a closed punkt's public decision, plain in its private text"] = new(Item("---\nnummer: 11\ntitel: Klage\nlukket: true\nbeslutning_offentlig: \"Afslag til 0101\\u0039\\u0030-1234\"\n---\n## Sagsfremstilling\n\nBorgeren 010190-1234.\n"), Punkt, 5, "CPR-nummer (010190-xxxx)"),
        ["CPR number on page 2 of a PDF attachment"] = new(Attachment("rapport.pdf", Pdf("rapport.pdf", "Side et", "Borgeren 010190-1234 klager")), Punkt, 5, "i bilaget 'rapport.pdf', side 2, står et CPR-nummer (010190-xxxx)"),
        ["CPR number in a text attachment"] = new(Attachment("noter.txt", site => site.Folder.Write($"{Bundle}/noter.txt", "Noter\nCPR-nr. 010190 1234\n")), Punkt, 5, "i bilaget 'noter.txt', linje 2, står et CPR-nummer"),
        ["CPR number split across the runs of a Word attachment"] = new(Attachment("brev.docx", site => site.Folder.WriteBytes($"{Bundle}/brev.docx", Office.Docx("<w:r><w:t>Borgeren 0101</w:t></w:r><w:r><w:t>90-1234</w:t></w:r>"))), Punkt, 5, "i bilaget 'brev.docx'"),
        ["CPR number spelt in escapes in an RTF attachment"] = new(Attachment("brev.rtf", site => site.Folder.Write($"{Bundle}/brev.rtf",
            "{\\rtf1\\ansi{\\fonttbl{\\f0 Arial 123456;}}\\pard Borgeren \\'30101\\u57?0\\'961234 klager.\\par}")), Punkt, 5, "i bilaget 'brev.rtf', afsnit 1, står et CPR-nummer (010190-xxxx)"),
        ["PDF attachment that cannot be read"] = new(Attachment("rapport.pdf", site => site.Folder.Write($"{Bundle}/rapport.pdf", "%PDF-1.4 not really")), Punkt, 5, "kan ikke tjekkes for CPR-numre"),

        // Values that land in the host's configuration
        ["statement with a line break that adds a redirect"] = new(SiteYml(c => c + "\ntilgængelighedserklæring: \"https://www.was.digst.dk/x\\n/* https://evil.example 301!\"\n"), "site.yml", 13, "linjeskift"),
        ["statement with a space"] = new(SiteYml(c => c + "\ntilgængelighedserklæring: \"https://www.was.digst.dk/x /* https://evil.example\"\n"), "site.yml", 13, "mellemrum"),
        ["statement with a tab"] = new(SiteYml(c => c + "\ntilgængelighedserklæring: \"https://www.was.digst.dk/x\\t302\"\n"), "site.yml", 13, "mellemrum"),
        ["statement with a line separator"] = new(SiteYml(c => c + "\ntilgængelighedserklæring: \"https://www.was.digst.dk/x\\L/*\"\n"), "site.yml", 13, "linjeskift"),
        ["statement over http"] = new(SiteYml(c => c + "\ntilgængelighedserklæring: http://www.was.digst.dk/x\n"), "site.yml", 13, "skal begynde med https://"),
        ["statement with a user name"] = new(SiteYml(c => c + "\ntilgængelighedserklæring: https://admin@www.was.digst.dk/x\n"), "site.yml", 13, "uden brugernavn"),
        ["url with a line break"] = new(SiteYml(c => c.Replace("url: https://referater.testrup.dk", "url: \"https://referater.testrup.dk/\\nDisallow: /\"")), "site.yml", 2, "linjeskift"),

        // Two outputs for one path
        ["case number '..'"] = new(PermissiveCase(".."), Punkt, 4, "kan ikke bruges som adresse"),
        ["case number '.'"] = new(PermissiveCase("."), Punkt, 4, "kan ikke bruges som adresse"),
        ["case number '../../x'"] = new(PermissiveCase("../../x"), Punkt, 4, "kan ikke bruges som adresse"),
        ["case number '.feed'"] = new(PermissiveCase(".feed"), Punkt, 4, "kan ikke bruges som adresse"),
        ["case number of dashes only"] = new(PermissiveCase("---"), Punkt, 4, "kan ikke bruges som adresse"),
        ["case numbers that differ only in case"] = new(Both(
            SiteYml(c => c + "\nsagsnummer_mønster: '^[a-zA-Z]+-\\d+$'\n"),
            site => site.Item(Committee, Date, "10-punkt.md", TestSite.ItemText(10, "Orientering", caseNumber: "AB-1")),
            Item("---\nnummer: 11\ntitel: Punkt\nsagsnummer: ab-1\n---\n")), Punkt, 4, "får samme adresse (/sager/ab-1/) som 'AB-1'"),
        ["committee named like the case pages"] = new(SiteYml(c => c.Replace("slug: byraadet", "slug: sager")), "site.yml", 7, "allerede adressen på en af sitets egne sider (/sager/)"),
        ["committee named like the search page"] = new(SiteYml(c => c.Replace("slug: byraadet", "slug: soeg")), "site.yml", 7, "(/soeg/)"),

        // Input built to hang or crash the build
        ["YAML alias bomb in front matter"] = new(Item("---\nnummer: 11\ntitel: Punkt\n" + Bomb + "---\n"), Punkt, 4, "YAML-ankeret '&a' bruges ikke"),
        ["YAML alias in front matter"] = new(Item("---\nnummer: 11\ntitel: Punkt\nsagsbehandler: *navn\n---\n"), Punkt, 4, "YAML-aliasset '*navn' bruges ikke"),
        ["YAML alias bomb in site.yml"] = new(SiteYml(c => c + "\nx: &x [1,1]\ny: [*x,*x]\n"), "site.yml", 13, "YAML-ankeret '&x' bruges ikke"),
        ["10,000 nested lists in front matter"] = new(Item("---\nnummer: 11\ntitel: Punkt\nbilag: " + new string('[', 10_000) + new string(']', 10_000) + "\n---\n"), Punkt, 4, "indlejret mere end 32 niveauer"),
        ["100,000 unclosed links"] = new(Body(string.Concat(Enumerable.Repeat("[a](", 100_000))), Punkt, 5, "mere end 2000 links"),
        ["100,000 unclosed images"] = new(Body(string.Concat(Enumerable.Repeat("![a](", 100_000))), Punkt, 5, "mere end 2000 links"),
        ["catastrophic case number pattern"] = new(Both(
            SiteYml(c => c + "\nsagsnummer_mønster: '^(a+)+$'\n"),
            Item("---\nnummer: 11\ntitel: Punkt\nsagsnummer: " + new string('a', 5000) + "!\n---\n")), Punkt, 4, "ikke et gyldigt sagsnummer"),
        ["case number pattern with a look-ahead"] = new(SiteYml(c => c + "\nsagsnummer_mønster: '^(?=a)a+$'\n"), "site.yml", 13, "konstruktion, som ikke tillades"),
        ["case number pattern with a back-reference"] = new(SiteYml(c => c + "\nsagsnummer_mønster: '^(a)\\1$'\n"), "site.yml", 13, "konstruktion, som ikke tillades"),
        ["NUL in an attachment's file name"] = new(Attachment("a.pdf\0"), Punkt, 5, "usynligt styretegn (U+0000)"),
        ["line break in an attachment's file name"] = new(Attachment("a\n.pdf"), Punkt, 5, "usynligt styretegn (U+000A)"),
        ["attachment named '..'"] = new(Attachment(".."), Punkt, 5, "er ikke et filnavn"),
        ["NUL in the logo's file name"] = new(SiteYml(c => c + "\nlogo: \"logo\\0.svg\"\n"), "site.yml", 13, "usynligt styretegn (U+0000)"),
        ["the first day of the calendar at midnight"] = new(site => site.Folder.Write($"{Bundle}/index.md", $"---\nudvalg: {Committee}\ndato: 0001-01-01\ntid: \"00:00\"\n---\n"), Index, 3, "uden for årene 1900–2200"),
        ["the last day of the calendar before midnight"] = new(site => site.Folder.Write($"{Bundle}/index.md", $"---\nudvalg: {Committee}\ndato: 9999-12-31\ntid: \"23:59\"\n---\n"), Index, 3, "uden for årene 1900–2200"),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    private static TestSite ValidSite()
    {
        var site = new TestSite().Meeting(Committee, Date).Item(Committee, Date, "10-punkt.md", TestSite.ItemText(10, "Orientering"));
        site.Folder.WritePreviousOutput(Previous);
        return site;
    }

    [Fact]
    public void The_corpus_has_at_least_40_cases() => Assert.InRange(Cases.Count, 40, int.MaxValue);

    [Fact]
    public async Task The_unbroken_site_builds()
    {
        using var site = ValidSite();
        var (exitCode, _, error) = await RunInProcess(site);
        Assert.True(exitCode == 0, error);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Bad_input_exits_1_with_a_located_message_and_leaves_the_output(string name)
    {
        var @case = Cases[name];
        using var site = ValidSite();
        @case.Break(site);
        var (exitCode, output, error) = await RunInProcess(site);
        AssertRejected(site, @case, exitCode, output, error);
    }

    [Theory]
    [InlineData("site.yml is broken YAML")]
    [InlineData("binary image named .md")]
    [InlineData("10,000 nested quotes")]
    [InlineData("CPR number in a title")]
    [InlineData("link to a punkt that does not exist")]
    [InlineData("attachment is a link to the environment")]
    [InlineData("punkt is a named pipe")]
    [InlineData("YAML alias bomb in front matter")]
    [InlineData("CPR number in fullwidth digits")]
    [InlineData("100,000 unclosed links")]
    [InlineData("the first day of the calendar at midnight")]
    public void Through_the_real_process_too(string name)
    {
        var @case = Cases[name];
        using var site = ValidSite();
        @case.Break(site);
        var (exitCode, output, error) = SiteCommand.Run(site.Folder.Path, "build", "--input", "input", "--output", "output");
        AssertRejected(site, @case, exitCode, output, error);
    }

    /// <summary><c>check</c> is the build without writing: for every bad input it reports exactly what the build reports.</summary>
    [Theory]
    [MemberData(nameof(Names))]
    public async Task Check_reports_what_the_build_reports(string name)
    {
        using var site = ValidSite();
        Cases[name].Break(site);
        var build = new Referater.Site.Validation.DiagnosticBag();
        var result = await new Referater.Site.Pipeline.BuildPipeline().RunAsync(new Referater.Site.Pipeline.BuildOptions(site.Input, site.Output) { Search = false }, build);
        var check = new Referater.Site.Validation.DiagnosticBag();
        var run = await new Referater.Site.Pipeline.BuildPipeline().CheckAsync(site.Input, check);
        Assert.False(result.Succeeded);
        Assert.Null(run);
        Assert.Equal(build.Sorted().Select(d => d.ToString()), check.Sorted().Select(d => d.ToString()));
    }

    private static Task<(int ExitCode, string Out, string Error)> RunInProcess(TestSite site) => InProcessBuild.RunAsync(site.Input, site.Output);

    private static void AssertRejected(TestSite site, Case @case, int exitCode, string output, string error)
    {
        Assert.True(exitCode == 1, $"exit code {exitCode}\n{error}");
        var line = @case.Line == 0 ? @"\d+" : @case.Line.ToString();
        Assert.Matches(new Regex($@"(^|\n|/){Regex.Escape(@case.File)}:{line}:\d+: fejl: [^\n]*{Regex.Escape(@case.Message)}"), error);
        Assert.DoesNotContain("Exception", error);
        Assert.DoesNotMatch(@"\n\s+at ", error);
        Assert.DoesNotContain("uventet", error);
        // Nothing a guard protects reaches the log: no CPR number, no line of /etc/passwd, no escape sequence.
        Assert.Empty(CprNumbers.FindNumbers((error + output).Replace(site.Folder.Path, "")));
        Assert.DoesNotContain("root:x:0", error + output);
        Assert.DoesNotContain('\u001b', error + output);
        Assert.Empty(output);
        Assert.Equal(Previous, site.ReadOutput("index.html"));
        Assert.Equal(TempDirectory.PreviousEntries, TempDirectory.Names(site.Output));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(site.Folder.Path), entry => Path.GetFileName(entry).StartsWith(".output", StringComparison.Ordinal));
    }
}
