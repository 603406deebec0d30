using System.Collections.Immutable;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;
using Referater.Site.Validation;

namespace Referater.Site.Content;

/// <summary>Reads <c>site.yml</c>.</summary>
public static class SiteConfigLoader
{
    public const string FileName = "site.yml";

    private static readonly string[] AllowedKeys =
        [
            "kommune", "url", "udvalg", "sagsnummer_mønster", "koder", "tilgængelighedserklæring", "logo", "farve",
            "bilag_uden_fil", "mødevarighed", "steder", "kle_emner", "import",
        ];

    private static readonly string[] CommitteeKeys = ["slug", "navn", "kode"];

    /// <summary>Top-level addresses of the site's own pages and files: a committee of that name would share them.</summary>
    private static readonly HashSet<string> ReservedSlugs = ["sager", "soeg", "data", "assets", "pagefind", "was"];

    public static SiteConfig? Load(string inputDirectory, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputDirectory, FileName);
        var display = displayPath(path);
        if (!System.IO.File.Exists(path))
        {
            diagnostics.Error(display, 1, 1, "RS0100",
                $"{FileName} findes ikke. Opret den med mindst 'kommune', 'url' og 'udvalg' (se README, afsnittet om indholdsformatet).");
            return null;
        }
        var source = SourceText.Read(path, display, diagnostics);
        if (source is null)
        {
            return null;
        }
        PersonalDataGuard.CheckAll(source, diagnostics);
        var stream = YamlText.Load(source.Text, out var problem);
        if (stream is null)
        {
            diagnostics.Error(display, problem!.Line, problem.Column, problem.Code ?? "RS0102",
                problem.Code is null ? $"{FileName} kan ikke læses: {problem.Message}." : problem.Message);
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Error(display, 1, 1, "RS0101", $"{FileName} skal bestå af nøgler og værdier, fx 'kommune: Herning Kommune'.");
            return null;
        }
        PersonalDataGuard.CheckYaml(root, source, diagnostics);

        var errorsBefore = diagnostics.Count(Severity.Error);
        string? municipality = null;
        Uri? baseUrl = null;
        Regex? pattern = null;
        string? statement = null;
        string? logo = null;
        string? color = null;
        var committees = ImmutableArray.CreateBuilder<Committee>();
        var codes = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var reading = new ReadingKeys(display, diagnostics);
        var importLabels = ImmutableArray.CreateBuilder<ImportLabels>();

        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var line = (int)keyNode.Start.Line;
            var column = (int)keyNode.Start.Column;
            switch (key)
            {
                case "kommune":
                    municipality = Scalar(value);
                    break;
                case "url":
                    var url = Scalar(value);
                    baseUrl = HostUrls.Parse(url, httpsOnly: false, out var urlProblem);
                    if (baseUrl is null)
                    {
                        diagnostics.Error(display, (int)value.Start.Line, (int)value.Start.Column, "RS0103",
                            $"'url' skal være sidens fulde adresse, fx url: https://referater.herning.dk (adressen {urlProblem}).");
                    }
                    else if (baseUrl.Query.Length > 0 || baseUrl.Fragment.Length > 0)
                    {
                        diagnostics.Error(display, (int)value.Start.Line, (int)value.Start.Column, "RS0103",
                            $"'url' skal være sidens adresse uden '?' og '#', fx url: https://referater.herning.dk (ikke '{url}').");
                        baseUrl = null;
                    }
                    else if (!baseUrl.AbsolutePath.EndsWith('/'))
                    {
                        baseUrl = new Uri(baseUrl + "/");
                    }
                    break;
                case "sagsnummer_mønster":
                    var text = Scalar(value);
                    if (!string.IsNullOrEmpty(text))
                    {
                        pattern = CaseNumberPatterns.Compile(text, display, (int)value.Start.Line, (int)value.Start.Column, diagnostics);
                    }
                    break;
                case "tilgængelighedserklæring":
                    statement = Scalar(value);
                    // It becomes a link on every page and a rule in the host's _redirects: only one plain https address may stand here.
                    if (statement is not null)
                    {
                        var statementUrl = HostUrls.Parse(statement, httpsOnly: true, out var statementProblem);
                        if (statementUrl is null)
                        {
                            diagnostics.Error(display, (int)value.Start.Line, (int)value.Start.Column, HostUrls.StatementCode,
                                $"'tilgængelighedserklæring' skal være én fuld webadresse, fx https://www.was.digst.dk/referater-herning-dk (adressen {statementProblem}).");
                        }
                        statement = statementUrl?.AbsoluteUri;
                    }
                    break;
                case "logo":
                    logo = SiteLogo.Resolve(inputDirectory, Scalar(value), display, (int)value.Start.Line, (int)value.Start.Column, diagnostics);
                    break;
                case "farve":
                    color = Scalar(value);
                    if (!Colour.TryParse(color, out var parsed))
                    {
                        diagnostics.Error(display, (int)value.Start.Line, (int)value.Start.Column, "RS0107",
                            $"'farve' skal være en farvekode med seks hex-cifre i anførselstegn, fx farve: \"#00594f\" (ikke '{color}').");
                        color = null;
                    }
                    else if (parsed.ContrastWith(Colour.White) < Colour.MinimumContrast)
                    {
                        diagnostics.Error(display, (int)value.Start.Line, (int)value.Start.Column, "RS0113",
                            $"farven {color} er for lys: kontrasten til hvid er {parsed.ContrastWith(Colour.White).ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("da-DK"))}:1, " +
                            $"men links og hvid tekst i sidehovedet kræver mindst 4,5:1 (WCAG 2.1 AA). Vælg en mørkere nuance, fx farve: \"{DarkEnoughShade(parsed)}\".");
                        color = null;
                    }
                    break;
                case "udvalg":
                    ReadCommittees(value, display, diagnostics, committees);
                    break;
                case "import":
                    ReadImportLabels(value, display, diagnostics, importLabels);
                    break;
                case "koder":
                    if (value is YamlMappingNode codeMap)
                    {
                        foreach (var (codeKey, codeName) in codeMap.Children)
                        {
                            if (Scalar(codeKey) is { } code && Scalar(codeName) is { } name)
                            {
                                codes[code] = name;
                            }
                        }
                    }
                    else
                    {
                        diagnostics.Error(display, (int)value.Start.Line, (int)value.Start.Column, "RS0105",
                            "'koder' skal være en liste af kode: navn, fx\n  koder:\n    BYR: Byrådet");
                    }
                    break;
                case "bilag_uden_fil":
                    reading.AttachmentWithoutFile(value);
                    break;
                case "mødevarighed":
                    reading.MeetingDuration(value);
                    break;
                case "steder":
                    reading.Places(value);
                    break;
                case "kle_emner":
                    reading.KleTopics(value);
                    break;
                default:
                    var suggestion = Suggestions.Closest(key, AllowedKeys);
                    diagnostics.Error(display, line, column, "RS0020",
                        $"ukendt nøgle '{key}' i {FileName}. {(suggestion is null ? $"Tilladte nøgler: {string.Join(", ", AllowedKeys)}." : $"Mente du '{suggestion}'?")}");
                    break;
            }
        }
        if (municipality is null)
        {
            diagnostics.Error(display, 1, 1, "RS0021", "nøglen 'kommune' mangler. Tilføj fx kommune: Herning Kommune");
        }
        if (baseUrl is null && !root.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value == "url"))
        {
            diagnostics.Error(display, 1, 1, "RS0021", "nøglen 'url' mangler. Tilføj sidens adresse, fx url: https://referater.herning.dk");
        }
        if (committees.Count == 0)
        {
            diagnostics.Error(display, 1, 1, "RS0021",
                "der er ingen udvalg. Tilføj fx\n  udvalg:\n    - slug: beskaeftigelsesudvalget\n      navn: Beskæftigelsesudvalget\n      kode: BSK");
        }
        if (diagnostics.Count(Severity.Error) > errorsBefore)
        {
            return null;
        }
        return reading.Apply(new SiteConfig(municipality!, baseUrl!, committees.ToImmutable(), pattern, codes.ToImmutable(), statement, logo, color)
        {
            ImportLabels = importLabels.ToImmutable(),
        });
    }

    /// <summary>
    /// <c>import:</c> holds the words a municipality's referater use for their labels, by kind (<c>indstilling: [Forslag]</c>).
    /// Only the importer reads them, and it checks the kinds; here the shape is checked, so that a build never trips on it.
    /// </summary>
    private static void ReadImportLabels(YamlNode value, string display, DiagnosticBag diagnostics, ImmutableArray<ImportLabels>.Builder labels)
    {
        if (value is not YamlMappingNode mapping)
        {
            diagnostics.Error(display, (int)value.Start.Line, (int)value.Start.Column, "RS0518",
                "'import' skal være en liste af slags: [ord …], fx\n  import:\n    indstilling: [Forvaltningen anbefaler]");
            return;
        }
        foreach (var (keyNode, words) in mapping.Children)
        {
            var values = words switch
            {
                YamlSequenceNode sequence => sequence.Children.Select(Scalar).OfType<string>().ToImmutableArray(),
                _ when Scalar(words) is { } single => [single],
                _ => ImmutableArray<string>.Empty,
            };
            labels.Add(new ImportLabels(Scalar(keyNode) ?? "", values, (int)keyNode.Start.Line, (int)keyNode.Start.Column));
        }
    }

    private static void ReadCommittees(YamlNode value, string display, DiagnosticBag diagnostics, ImmutableArray<Committee>.Builder committees)
    {
        if (value is not YamlSequenceNode sequence)
        {
            diagnostics.Error(display, (int)value.Start.Line, (int)value.Start.Column, "RS0106",
                "'udvalg' skal være en liste, med '- slug: …' foran hvert udvalg.");
            return;
        }
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode mapping)
            {
                diagnostics.Error(display, (int)item.Start.Line, (int)item.Start.Column, "RS0106",
                    "hvert udvalg skal have 'slug', 'navn' og eventuelt 'kode', fx - slug: beskaeftigelsesudvalget");
                continue;
            }
            string? slug = null, name = null, code = null;
            foreach (var (k, v) in mapping.Children)
            {
                var key = Scalar(k);
                switch (key)
                {
                    case "slug": slug = Scalar(v); break;
                    case "navn": name = Scalar(v); break;
                    case "kode": code = Scalar(v); break;
                    default:
                        var suggestion = key is null ? null : Suggestions.Closest(key, CommitteeKeys);
                        diagnostics.Error(display, (int)k.Start.Line, (int)k.Start.Column, "RS0020",
                            $"ukendt nøgle '{key}' i et udvalg. {(suggestion is null ? "Et udvalg har 'slug', 'navn' og 'kode'." : $"Mente du '{suggestion}'?")}");
                        break;
                }
            }
            if (slug is null || name is null)
            {
                diagnostics.Error(display, (int)item.Start.Line, (int)item.Start.Column, "RS0021",
                    "et udvalg skal have både 'slug' og 'navn', fx - slug: beskaeftigelsesudvalget / navn: Beskæftigelsesudvalget");
                continue;
            }
            if (Slugs.From(slug) != slug)
            {
                diagnostics.Error(display, (int)item.Start.Line, (int)item.Start.Column, "RS0108",
                    $"'{slug}' kan ikke bruges i en adresse. Skriv slug med små bogstaver, tal og bindestreger, fx slug: {Slugs.From(slug)}");
                continue;
            }
            if (ReservedSlugs.Contains(slug))
            {
                diagnostics.Error(display, (int)item.Start.Line, (int)item.Start.Column, "RS0621",
                    $"'{slug}' er allerede adressen på en af sitets egne sider (/{slug}/). Giv udvalget en anden slug, fx slug: {slug}-udvalget");
                continue;
            }
            if (committees.Any(c => c.Slug == slug))
            {
                diagnostics.Error(display, (int)item.Start.Line, (int)item.Start.Column, "RS0109", $"udvalget '{slug}' står to gange i listen. Slet det ene.");
                continue;
            }
            committees.Add(new Committee(slug, name, code));
        }
    }

    /// <summary>The lightest shade of a colour, towards black, that is dark enough: a suggestion that keeps the municipality's hue.</summary>
    private static Colour DarkEnoughShade(Colour colour)
    {
        var black = new Colour(0, 0, 0);
        for (var share = 1.0; share > 0; share -= 0.02)
        {
            var shade = colour.Mix(black, share);
            if (shade.ContrastWith(Colour.White) >= Colour.MinimumContrast)
            {
                return shade;
            }
        }
        return black;
    }

    /// <summary>A scalar's text without the spaces around it; null for an empty value or a list or map.</summary>
    internal static string? Scalar(YamlNode node) =>
        node is YamlScalarNode { Value: { } text } && text.Trim().Length > 0 ? text.Trim() : null;
}
