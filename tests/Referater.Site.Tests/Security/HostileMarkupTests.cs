using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Referater.Site.Tests.Support;
using static Referater.Site.Tests.Support.TestSite;

namespace Referater.Site.Tests.Security;

/// <summary>
/// A corpus of XSS payloads in every place an editor writes (Markdown bodies, the meeting's introduction, front
/// matter values, site.yml): the built pages, parsed as a browser parses them, carry no script, no event handler,
/// no javascript:/data:/vbscript: URL, no frame, no style, and no image from another origin.
/// </summary>
public sealed class HostileMarkupTests : IAsyncLifetime
{

    public static readonly string[] MarkdownPayloads =
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<style>body{display:none}</style>",
        "<svg onload=alert(1)><circle r=10></circle></svg>",
        "<a href=\"javascript:alert(1)\">klik</a>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<object data=\"evil.swf\"></object><embed src=\"evil.swf\">",
        "<b onmouseover=alert(1)>fed</b>",
        "<!-- <script>alert(1)</script> -->",
        "<![CDATA[<script>alert(1)</script>]]>",
        "<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(1)\">x</button></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"https://evil.example/\">",
        "[a](javascript:alert(1))",
        "[b](JaVaScRiPt:alert(1))",
        "[c](&#106;avascript:alert(1))",
        "[d](&#x6A;&#x61;vascript&#x3A;alert(1))",
        "[e](java&#x09;script:alert(1))",
        "[f](<javascript:alert(1)>)",
        "[g](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[h](vbscript:msgbox(1))",
        "[i]( javascript:alert(1) )",
        "<javascript:alert(1)>",
        "<vbscript:msgbox(1)>",
        "<data:text/html,alert(1)>",
        "[k][ond]\n\n[ond]: javascript:alert(1)",
        "[l][ond2]\n\n[ond2]: <data:text/html,alert(1)> \"titel\"",
        "![m](javascript:alert(1))",
        "![n](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "![sporingspixel](https://tracker.example/pixel.gif)",
        "![](//evil.example/x.png)",
        "[p](https://example.org \"titel\\\" onmouseover=\\\"alert(1)\")",
        "[q](https://example.org){onclick=alert(1)}",
        "| kolonne |\n| --- |\n| <script>alert(1)</script> [x](javascript:alert(1)) |",
        "`<script>alert(1)</script>` og\n\n    <script>alert(1)</script>",
        "> <script>alert(1)</script>\n> [citat](javascript:alert(1))",
        "- <img src=x onerror=alert(1)>\n- [punkt](vbscript:alert(1))",
        "www.example.org/javascript:alert(1) og https://example.org/?q=<script>",
        "[mail](mailto:post@example.org) [telefon](tel:+4596282828) [ekstern](https://example.org/side)",
    ];

    private readonly TestSite _site = new(TestSite.DefaultConfig.Replace("kommune: Testrup Kommune", "kommune: \"Testrup <script>alert(1)</script> Kommune\"")
        + "\ntilgængelighedserklæring: https://www.was.digst.dk/referater-testrup-dk\n");

    private readonly Dictionary<string, IDocument> _pages = new(StringComparer.Ordinal);

    public async Task InitializeAsync()
    {
        var body = string.Join("\n\n", MarkdownPayloads.Select((payload, i) => $"## Afsnit {i}\n\n{payload}\n"));
        _site.Meeting(Committee, Date, $"""
            ---
            udvalg: {Committee}
            dato: {Date}
            sted: "<img src=x onerror=alert(1)>"
            fraværende: ["<iframe src=javascript:alert(1)>", "\" onmouseover=\"alert(1)"]
            ---
            {MarkdownPayloads[0]}

            {MarkdownPayloads[16]}
            """);
        _site.Item(Committee, Date, "10-punkt.md", $"""
            ---
            nummer: 10
            titel: "<script>alert(1)</script><svg onload=alert(1)>"
            sagsbehandler: "\" onmouseover=\"alert(1)"
            bilag:
              - titel: "<img src=x onerror=alert(1)>"
                fil: "a b&c'\"<x>.pdf"
              - titel: "javascript:alert(1)"
            ---
            {body}
            """);
        _site.Item(Committee, Date, "11-lukket.md", "---\nnummer: 11\ntitel: \"<script>alert(2)</script>\"\nlukket: true\nbeslutning_offentlig: \"[x](javascript:alert(1)) <script>alert(1)</script>\"\n---\n");
        _site.Folder.WriteBytes($"input/{Committee}/{Date}/a b&c'\"<x>.pdf", TestPdf.With());
        var (result, diagnostics) = await _site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", diagnostics));
        foreach (var file in Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories))
        {
            _pages[Path.GetRelativePath(_site.Output, file)] = new HtmlParser().ParseDocument(File.ReadAllText(file));
        }
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    private IEnumerable<(string Page, IElement Element)> Elements() =>
        _pages.SelectMany(page => page.Value.All.Select(element => (page.Key, element)));

    [Fact]
    public void The_payloads_reached_the_pages_as_text()
    {
        var text = _pages[MeetingPage].Body!.TextContent;
        Assert.Contains("<script>alert(1)</script>", text);
        Assert.Contains("<img src=x onerror=alert(1)>", text);
        Assert.Contains("Punkt 10: <script>alert(1)</script><svg onload=alert(1)>", text);
        Assert.Contains("Testrup <script>alert(1)</script> Kommune", _pages["index.html"].Title);
    }

    [Fact]
    public void No_script_runs_from_an_editors_text()
    {
        // Scripts the site itself ships (search) are files under the site's own address, never inline. The one other
        // script element is structured data: JSON, which browsers do not run, with no '<' that could end it early.
        var scripts = Elements().Where(e => e.Element.LocalName == "script").ToList();
        Assert.All(scripts, s =>
        {
            if (s.Element.GetAttribute("type") == "application/ld+json")
            {
                Assert.DoesNotContain("<", s.Element.TextContent);
                System.Text.Json.JsonDocument.Parse(s.Element.TextContent).Dispose();
            }
            else
            {
                Assert.True(s.Element.GetAttribute("src")?.StartsWith('/') == true && s.Element.TextContent.Trim().Length == 0, $"{s.Page}: {s.Element.OuterHtml}");
            }
        });
    }

    [Fact]
    public void No_element_has_an_event_handler_or_a_style()
    {
        var offenders = Elements()
            .SelectMany(e => e.Element.Attributes.Select(a => (e.Page, e.Element, Attribute: a.Name)))
            .Where(a => a.Attribute.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Attribute == "style")
            .Select(a => $"{a.Page}: {a.Element.OuterHtml}");
        Assert.Empty(offenders);
    }

    [Fact]
    public void No_frame_object_style_form_base_svg_or_math_element()
    {
        string[] forbidden = ["iframe", "frame", "frameset", "object", "embed", "applet", "style", "form", "button", "base", "svg", "math", "link[rel=import]"];
        // The site's own search forms (header and search page) go to the search page and nowhere else; the search
        // page's "Vis flere" button is the theme's too.
        static bool OwnSearchForm(AngleSharp.Dom.IElement element) =>
            (element.Closest("form") is { } form && form.GetAttribute("action") == "/soeg/" && form.GetAttribute("method") == "get" && form.GetAttribute("role") == "search")
            || (element.LocalName == "button" && element.Id == "soeg-flere");
        var offenders = _pages.SelectMany(p => p.Value.QuerySelectorAll(string.Join(", ", forbidden)).Where(e => !OwnSearchForm(e)).Select(e => $"{p.Key}: {e.OuterHtml}"));
        Assert.Empty(offenders);
        var refreshes = _pages.SelectMany(p => p.Value.QuerySelectorAll("meta[http-equiv]").Select(e => (p.Key, Content: e.GetAttribute("content"))));
        Assert.Equal([("was/index.html", "0; url=https://www.was.digst.dk/referater-testrup-dk")], refreshes.Select(r => (r.Key.Replace('\\', '/'), r.Content)));
    }

    [Fact]
    public void No_URL_has_a_dangerous_scheme()
    {
        string[] urlAttributes = ["href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "data", "content", "background", "cite"];
        var offenders = Elements()
            .SelectMany(e => urlAttributes.Select(name => (e.Page, e.Element, Value: e.Element.GetAttribute(name))))
            .Where(a => a.Value is not null && IsDangerous(a.Value))
            .Select(a => $"{a.Page}: {a.Element.OuterHtml}");
        Assert.True(!offenders.Any(), string.Join("\n", offenders));
    }

    [Fact]
    public void Images_load_only_from_the_site_itself()
    {
        var images = Elements().Where(e => e.Element.LocalName is "img" or "image" or "source" or "video" or "audio").ToList();
        Assert.All(images, i => Assert.False(IsOtherOrigin(i.Element.GetAttribute("src") ?? ""), $"{i.Page}: {i.Element.OuterHtml}"));
        var tracker = Assert.Single(_pages[MeetingPage].QuerySelectorAll("a[href='https://tracker.example/pixel.gif']"));
        Assert.Equal("sporingspixel", tracker.TextContent);
        Assert.Single(_pages[MeetingPage].QuerySelectorAll("a[href='//evil.example/x.png']"));
    }

    [Fact]
    public void External_links_get_noopener_noreferrer()
    {
        var external = Elements().Where(e => e.Element.LocalName == "a" && IsOtherOrigin(e.Element.GetAttribute("href") ?? "")).ToList();
        Assert.True(external.Count >= 5, $"the corpus has external links, found {external.Count}");
        Assert.All(external, a =>
        {
            var rel = (a.Element.GetAttribute("rel") ?? "").Split(' ');
            Assert.True(rel.Contains("noopener") && rel.Contains("noreferrer"), $"{a.Page}: {a.Element.OuterHtml}");
        });
        Assert.Single(_pages[MeetingPage].QuerySelectorAll("a[href='mailto:post@example.org']"));
        Assert.Single(_pages[MeetingPage].QuerySelectorAll("a[href='tel:+4596282828']"));
    }

    [Fact]
    public void A_link_with_a_dangerous_scheme_keeps_only_its_text()
    {
        var section = _pages[MeetingPage].GetElementById("punkt-10-afsnit-16")!;
        Assert.Equal("a", section.QuerySelector("p")!.TextContent);
        Assert.Empty(section.QuerySelectorAll("a"));
    }

    [Fact]
    public void An_attachment_with_odd_characters_in_its_name_links_to_the_file()
    {
        var link = _pages[MeetingPage].QuerySelector("#punkt-10 .attachments a")!;
        Assert.Equal($"/{Committee}/{Date}/a%20b%26c%27%22%3Cx%3E.pdf", link.GetAttribute("href"));
        Assert.True(File.Exists(Path.Combine(_site.Output, Committee, Date, "a b&c'\"<x>.pdf")));
    }

    /// <summary>As a browser reads a scheme: case-insensitive, ignoring white space and control characters anywhere.</summary>
    private static bool IsDangerous(string url)
    {
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        // A meta refresh's content is "0;url=…": judge the URL in it.
        var refresh = compact.IndexOf("url=", StringComparison.Ordinal);
        if (refresh >= 0 && compact.Length > 0 && char.IsAsciiDigit(compact[0]))
        {
            compact = compact[(refresh + 4)..];
        }
        return compact.StartsWith("javascript:", StringComparison.Ordinal)
            || compact.StartsWith("vbscript:", StringComparison.Ordinal)
            || compact.StartsWith("data:", StringComparison.Ordinal)
            || compact.StartsWith("livescript:", StringComparison.Ordinal);
    }

    private static bool IsOtherOrigin(string url) =>
        url.StartsWith("//", StringComparison.Ordinal)
        || (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" && absolute.Host != "referater.testrup.dk");
}
