using System.Text.RegularExpressions;
using Referater.Site.Preview;
using Referater.Site.Tests.Support;
using static Referater.Site.Tests.Support.TestSite;

namespace Referater.Site.Tests.Security;

/// <summary>
/// netlify.toml serves attachments without sniffing and in a sandbox, by the address every attachment has: exactly
/// three segments, <c>/&lt;udvalg&gt;/&lt;dato&gt;/&lt;fil&gt;</c>. Preview sends the same policy.
/// </summary>
public sealed partial class AttachmentHeadersTests
{
    [GeneratedRegex(@"^\s*(?<name>[A-Za-z-]+)\s*=\s*""(?<value>[^""]*)""")]
    private static partial Regex Setting();

    /// <summary>The headers of netlify.toml by their path pattern, read line by line (comments skipped).</summary>
    private static Dictionary<string, Dictionary<string, string>> NetlifyHeaders()
    {
        var headers = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Dictionary<string, string>? current = null;
        foreach (var line in File.ReadLines(Path.Combine(Repository.Root, "netlify.toml")))
        {
            if (line.TrimStart().StartsWith('[') && !line.Contains("headers.values", StringComparison.Ordinal))
            {
                current = null;
            }
            if (Setting().Match(line) is { Success: true } setting)
            {
                if (setting.Groups["name"].Value == "for")
                {
                    headers[setting.Groups["value"].Value] = current = new Dictionary<string, string>(StringComparer.Ordinal);
                }
                else
                {
                    current?.TryAdd(setting.Groups["name"].Value, setting.Groups["value"].Value);
                }
            }
        }
        return headers;
    }

    [Fact]
    public void Netlify_sends_nosniff_everywhere_and_a_sandbox_for_attachments_and_the_logo()
    {
        var headers = NetlifyHeaders();
        Assert.Equal("nosniff", headers["/*"]["X-Content-Type-Options"]);
        Assert.Equal(PreviewServer.AttachmentPolicy, headers["/:udvalg/:dato/:fil"]["Content-Security-Policy"]);
        Assert.Equal("nosniff", headers["/:udvalg/:dato/:fil"]["X-Content-Type-Options"]);
        Assert.Equal(PreviewServer.AttachmentPolicy, headers["/assets/img/*"]["Content-Security-Policy"]);
        Assert.StartsWith("sandbox;", PreviewServer.AttachmentPolicy);
        Assert.DoesNotContain("script", PreviewServer.AttachmentPolicy);
    }

    [Fact]
    public async Task Every_attachment_is_published_at_the_address_the_sandbox_rule_matches()
    {
        using var site = new TestSite().Meeting(Committee, Date)
            .Item(Committee, Date, "10-punkt.md", ItemText(10, "Orientering", extra: "bilag:\n  - titel: Rapport\n    fil: rapport.pdf\n  - titel: Tal\n    fil: tal.csv\n  - titel: Foto\n    fil: foto.png\n"));
        site.Folder.WriteBytes($"input/{Committee}/{Date}/rapport.pdf", TestPdf.With("Rapport"));
        site.Folder.Write($"input/{Committee}/{Date}/tal.csv", "a,b\n1,2\n");
        site.Folder.WriteBytes($"input/{Committee}/{Date}/foto.png", [0x89, 0x50, 0x4E, 0x47]);
        var (result, diagnostics) = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", diagnostics));

        var attachments = new[] { "rapport.pdf", "tal.csv", "foto.png" }.Select(f => $"{Committee}/{Date}/{f}").ToList();
        Assert.All(attachments, path => Assert.True(File.Exists(Path.Combine(site.Output, path)), path));
        Assert.All(attachments, path => Assert.Equal(3, path.Split('/').Length));
    }
}
