using System.Security.Cryptography;
using Referater.Benchmarks.Corpus;
using Referater.Site.Tests.Support;

namespace Referater.Site.Tests.Benchmarks;

/// <summary>The benchmark's synthetic corpus: the same size gives the same bytes, and the generator builds it without a problem.</summary>
public sealed class CorpusGeneratorTests
{
    private const int Meetings = 12;

    [Fact]
    public void The_same_number_of_meetings_gives_the_same_files_byte_for_byte()
    {
        using var temp = new TempDirectory();
        ContentFormatWriter.Write(new CorpusGenerator().Generate(Meetings), temp.Combine("a"));
        ContentFormatWriter.Write(new CorpusGenerator().Generate(Meetings), temp.Combine("b"));
        HugoSiteWriter.Write(new CorpusGenerator().Generate(Meetings), temp.Combine("hugo-a"));
        HugoSiteWriter.Write(new CorpusGenerator().Generate(Meetings), temp.Combine("hugo-b"));

        var first = Fingerprint(temp.Combine("a"));
        Assert.Equal(first, Fingerprint(temp.Combine("b")));
        Assert.Equal(Fingerprint(temp.Combine("hugo-a")), Fingerprint(temp.Combine("hugo-b")));
        Assert.Equal(Meetings, first.Count(f => f.Path.EndsWith("/index.md", StringComparison.Ordinal)));

        ContentFormatWriter.Write(new CorpusGenerator().Generate(Meetings + 1), temp.Combine("c"));
        Assert.NotEqual(first, Fingerprint(temp.Combine("c")));
    }

    [Fact]
    public void The_corpus_has_recurring_cases_references_and_closed_punkter()
    {
        var corpus = new CorpusGenerator().Generate(40);

        Assert.Equal(10, corpus.Meetings.Select(m => m.Committee).Distinct().Count());
        Assert.InRange(corpus.Items.Count() / (double)corpus.Meetings.Count, 7.5, 10.5);
        var treatments = corpus.Items.GroupBy(i => i.CaseNumber).Select(g => g.Count()).ToList();
        Assert.Contains(treatments, count => count > 1);
        Assert.All(treatments, count => Assert.InRange(count, 1, 6));
        Assert.Contains(corpus.Meetings.SelectMany(m => m.Items.Select(i => (m.Committee, i.CaseNumber))).GroupBy(t => t.CaseNumber), g => g.Select(t => t.Committee).Distinct().Count() > 1);
        Assert.Contains(corpus.Items, i => i.IsClosed && i.PublicDecision is not null);
        Assert.Contains(corpus.Items.SelectMany(i => i.Sections), s => s.Markdown.Contains("(jf. punkt ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_corpus_builds_without_errors_or_warnings_and_keeps_closed_text_out()
    {
        using var site = new TestSite(config: null);
        var corpus = new CorpusGenerator().Generate(Meetings);
        ContentFormatWriter.Write(corpus, site.Input);

        var (result, diagnostics) = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", diagnostics));
        Assert.DoesNotContain(diagnostics, d => d.Severity != Referater.Site.Validation.Severity.Info);
        Assert.Equal(Meetings, result.Meetings);
        Assert.Equal(corpus.Items.Count(), result.AgendaItems);
        var closed = corpus.Meetings.SelectMany(m => m.Items.Where(i => i.IsClosed).Select(i => (Meeting: m, Item: i))).First();
        var page = site.ReadOutput($"{closed.Meeting.Folder}/index.html");
        Assert.Contains(closed.Item.Title, page);
        Assert.DoesNotContain(closed.Item.Sections.First(s => s.Heading == "Resume").Markdown[..60], page);
    }

    private static List<(string Path, string Hash)> Fingerprint(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(path => (Path.GetRelativePath(root, path).Replace('\\', '/'), Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))))
            .OrderBy(f => f.Item1, StringComparer.Ordinal)
            .ToList();
}
