using System.Text;
using Referater.Site.Rendering;

namespace Referater.Benchmarks.Corpus;

/// <summary>
/// Writes the same corpus as a Hugo site that does the same work: one page per meeting holding the same Markdown
/// (each punkt a section, what a closed punkt keeps only), a page per committee (Hugo's section page at the same
/// address as ours), a page per case through a <c>sager</c> taxonomy, a front page and a 404 page, with layouts
/// as plain as the theme's. Hugo gets no work we do not do (no feeds, no sitemap, no robots.txt) and skips none
/// we do: meetings dated after today (large corpora reach decades ahead) are built too.
/// </summary>
public static class HugoSiteWriter
{
    /// <summary>The theme: a frame and one template per kind of page, as plain as ours.</summary>
    private static readonly (string Name, string Template)[] Layouts =
    [
        ("_default/baseof.html", """
            <!DOCTYPE html>
            <html lang="da">
            <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{{ .Title }} · {{ site.Title }}</title>
                <link rel="canonical" href="{{ .Permalink }}">
                <link rel="stylesheet" href="/css/site.css">
            </head>
            <body>
                <a class="skip-link" href="#indhold">Gå til indholdet</a>
                <header class="site-header"><a class="site-name" href="/">{{ site.Title }} · Dagsordener og referater</a></header>
                <main id="indhold" class="wrap" tabindex="-1">{{ block "main" . }}{{ end }}</main>
                <footer class="site-footer">
                    <p>{{ site.Title }} publicerer dagsordener og referater fra sine udvalg her.</p>
                    <ul><li><a href="/">Forside</a></li><li><a href="/was/">Tilgængelighedserklæring</a></li></ul>
                </footer>
            </body>
            </html>
            """),
        ("_default/single.html", """
            {{ define "main" }}
            <nav class="breadcrumb" aria-label="Brødkrumme"><ol><li><a href="/">Forside</a></li><li><a href="{{ .Parent.RelPermalink }}">{{ .Parent.Title }}</a></li><li><span aria-current="page">{{ .Date.Format "2006-01-02" }}</span></li></ol></nav>
            <header class="meeting-header">
                <p class="meeting-header__kind">{{ .Params.art }}</p>
                <h1>{{ .Parent.Title }}</h1>
                <dl class="facts">
                    <div><dt>Mødedato</dt><dd>{{ .Params.datotekst }}</dd></div>
                    <div><dt>Mødested</dt><dd>{{ .Params.sted }}</dd></div>
                    {{ with .Params.fravaerende }}<div><dt>Fraværende</dt><dd>{{ delimit . ", " }}</dd></div>{{ end }}
                </dl>
            </header>
            <nav class="toc" aria-labelledby="indhold-overskrift"><h2 id="indhold-overskrift">Indhold</h2><ol>
            {{ range .Params.punkter }}<li><a href="#punkt-{{ .nummer }}">Punkt {{ .nummer }}: {{ .titel }}</a></li>{{ end }}
            </ol></nav>
            {{ .Content }}
            {{ end }}
            """),
        ("_default/list.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            <p class="lead">{{ len .Pages }} møder med dagsorden eller referat.</p>
            {{ range .Pages.GroupByDate "2006" }}
            <section class="year"><h2>{{ .Key }}</h2><ul class="meeting-list">
            {{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Params.art }} {{ .Params.datotekst }}</a> <span>{{ len .Params.punkter }} punkter</span></li>{{ end }}
            </ul></section>
            {{ end }}
            {{ end }}
            """),
        ("_default/taxonomy.html", """
            {{ define "main" }}
            <h1>Sager</h1>
            <ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
            {{ end }}
            """),
        ("_default/term.html", """
            {{ define "main" }}
            {{ $case := .Title }}
            <h1>Sag {{ $case }}</h1>
            <ol class="treatments">
            {{ range .Pages.ByDate }}{{ $meeting := . }}{{ range .Params.punkter }}{{ if eq (lower .sag) (lower $case) }}
            <li><a href="{{ $meeting.RelPermalink }}#punkt-{{ .nummer }}">Punkt {{ .nummer }}: {{ .titel }}</a>, {{ $meeting.Parent.Title }}, {{ $meeting.Params.datotekst }}</li>
            {{ end }}{{ end }}{{ end }}
            </ol>
            {{ end }}
            """),
        ("index.html", """
            {{ define "main" }}
            <h1>Dagsordener og referater fra {{ site.Title }}</h1>
            <section><h2>Udvalg</h2><ul class="committee-list">
            {{ range site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ len .Pages }} møder</li>{{ end }}
            </ul></section>
            <section><h2>Seneste møder</h2><ul class="meeting-list">
            {{ range first 10 site.RegularPages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Parent.Title }}, {{ .Date.Format "2006-01-02" }}</a> {{ .Params.art }}, {{ len .Params.punkter }} punkter</li>{{ end }}
            </ul></section>
            {{ end }}
            """),
        ("404.html", """
            {{ define "main" }}
            <h1>Siden findes ikke</h1>
            <p>Vi kan ikke finde den side, du leder efter. Måske er adressen skrevet forkert, eller siden er flyttet.</p>
            {{ end }}
            """),
    ];

    public static CorpusFiles Write(Corpus corpus, string directory)
    {
        var files = new CorpusFiles(directory, "hugo.toml");
        files.Write("hugo.toml", $"""
            baseURL = "{corpus.BaseUrl}/"
            languageCode = "da"
            defaultContentLanguage = "da"
            title = "{corpus.Municipality}"
            disableKinds = ["RSS", "sitemap", "robotsTXT"]
            buildFuture = true

            [taxonomies]
              sag = "sager"

            [markup.goldmark.renderer]
              unsafe = false

            """);
        foreach (var (name, template) in Layouts)
        {
            files.Write($"layouts/{name}", template);
        }
        foreach (var committee in corpus.Committees)
        {
            files.Write($"content/{committee.Slug}/_index.md", $"---\ntitle: {CorpusFiles.Quote(committee.Name)}\n---\n");
        }
        foreach (var meeting in corpus.Meetings)
        {
            files.Write($"content/{meeting.Folder}/index.md", MeetingPage(meeting));
        }
        return files;
    }

    private static string MeetingPage(CorpusMeeting meeting)
    {
        var kind = meeting.IsAgenda ? "Dagsorden" : "Referat";
        var text = new StringBuilder("---\n");
        text.Append($"title: {CorpusFiles.Quote($"{kind} {meeting.Committee.Name} {DanishText.MediumDate(meeting.Date)}")}\n");
        text.Append($"date: {meeting.Date:yyyy-MM-dd}\nart: {kind}\n");
        text.Append($"datotekst: {CorpusFiles.Quote(DanishText.LongDate(meeting.Date, TimeOnly.Parse(ContentFormatWriter.Time(meeting), System.Globalization.CultureInfo.InvariantCulture)))}\n");
        text.Append($"sted: {CorpusFiles.Quote(ContentFormatWriter.Place(meeting))}\n");
        if (meeting.Absentees.Count > 0)
        {
            text.Append($"fravaerende: {CorpusFiles.QuotedList(meeting.Absentees)}\n");
        }
        var cases = meeting.Items.Where(i => !i.IsClosed).Select(i => i.CaseNumber).Distinct();
        text.Append($"sager: {CorpusFiles.QuotedList(cases)}\npunkter:\n");
        foreach (var item in meeting.Items)
        {
            text.Append($"  - nummer: {item.Number}\n    titel: {CorpusFiles.Quote(item.Title)}\n");
            if (!item.IsClosed)
            {
                text.Append($"    sag: {CorpusFiles.Quote(item.CaseNumber)}\n");
            }
        }
        text.Append("---\n");
        foreach (var item in meeting.Items)
        {
            text.Append($"## Punkt {item.Number}: {item.Title} {{#punkt-{item.Number}}}\n\n");
            if (item.IsClosed)
            {
                text.Append("**Lukket punkt.** Punktet er behandlet for lukkede døre.\n\n");
                if (item.PublicDecision is { } decision)
                {
                    text.Append($"### Beslutning\n\n{decision}\n\n");
                }
                continue;
            }
            text.Append($"Sagsnummer: {item.CaseNumber}  \nSagsbehandler: {item.Caseworker}\n\n");
            if (item.Marked is { } marked)
            {
                text.Append($"| {string.Join(" | ", meeting.Columns)} |\n|{string.Concat(meeting.Columns.Select(_ => "---|"))}\n");
                text.Append($"| {string.Join(" | ", meeting.Columns.Select(c => marked.Contains(c) ? "X" : " "))} |\n\n");
            }
            foreach (var section in item.Sections)
            {
                text.Append($"### {section.Heading}\n\n{section.Markdown.Replace("\n### ", "\n#### ").Replace("### ", "#### ")}\n\n");
            }
            if (item.Attachments.Count > 0)
            {
                text.Append("### Bilag\n\n").Append(string.Concat(item.Attachments.Select(a => $"- {a}\n"))).Append('\n');
            }
        }
        return text.ToString();
    }
}
