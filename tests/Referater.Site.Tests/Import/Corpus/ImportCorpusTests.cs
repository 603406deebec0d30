using Referater.Site.Tests.Support;
using Xunit.Abstractions;

namespace Referater.Site.Tests.Import.Corpus;

/// <summary>
/// The importer against real referater and dagsordener from many municipalities (Fixtures/import-corpus, each with
/// its source address in facts.yml) and against a small text for each layout pattern (Fixtures/import-patterns).
/// Prints the score of every document and the total. <c>REFERATER_IMPORT_CORPUS=/path/to/folder</c> scores any other
/// folder of the same format (e.g. a held-out set) against the aim for unseen documents.
/// </summary>
public sealed class ImportCorpusTests(ITestOutputHelper output)
{
    private const double RequiredShare = 0.95;
    private const double UnseenAim = 0.90;

    [Fact]
    public void The_corpus_imports_with_at_least_95_percent_of_its_facts_right()
    {
        var scores = Score(Repository.Fixture("import-corpus"));
        var right = scores.Sum(s => s.Right);
        var total = scores.Sum(s => s.Facts.Count);
        Assert.True(scores.Count >= 40, $"the corpus holds {scores.Count} documents");
        Assert.All(scores, s => Assert.True(s.Imported, $"{s.Document.Name} did not import"));
        Assert.True(right >= RequiredShare * total, $"{right} of {total} facts right ({CorpusScorer.Percent(right, total)})");
    }

    [Fact]
    public void Every_pattern_text_imports_with_every_fact_right()
    {
        var scores = Score(Repository.Fixture("import-patterns"));
        Assert.NotEmpty(scores);
        Assert.All(scores, s => Assert.True(s.Imported && s.Right == s.Facts.Count,
            $"{s.Document.Name}: {string.Join("; ", s.Facts.Where(f => !f.Right).Select(f => f.Fact))}"));
    }

    /// <summary>
    /// Twenty referater from sixteen municipalities the corpus leaves out, gathered apart from it. First measured before
    /// the importer was changed for any of them: 18 of 20 imported and 213 of 322 facts right (66.1 %). After the general
    /// layouts their failures showed were read (each with a pattern text of its own in import-patterns): 20 of 20 and
    /// 302 of 322 (93.8 %). Since then the set is no longer unseen, so that second figure is no measure of documents the
    /// importer has never met; the floor below only keeps a change from making the importer worse on them.
    /// </summary>
    [Fact]
    public void The_held_out_set_keeps_its_measured_score()
    {
        var scores = Score(Repository.Fixture("import-heldout"));
        var right = scores.Sum(s => s.Right);
        var total = scores.Sum(s => s.Facts.Count);
        Assert.Equal(20, scores.Count);
        Assert.True(scores.Count(s => s.Imported) >= HeldOutImported, $"{scores.Count(s => s.Imported)} of {scores.Count} imported");
        Assert.True(right >= HeldOutFacts, $"{right} of {total} facts right ({CorpusScorer.Percent(right, total)})");
    }

    private const int HeldOutImported = 20;
    private const int HeldOutFacts = 302;

    /// <summary>A folder gathered by someone else, never seen while the importer was written: the honest measure.</summary>
    [UnseenCorpusFact]
    public void An_unseen_corpus_named_by_the_environment_meets_the_aim()
    {
        var scores = Score(Environment.GetEnvironmentVariable(UnseenCorpusFactAttribute.Variable)!);
        var right = scores.Sum(s => s.Right);
        var total = scores.Sum(s => s.Facts.Count);
        Assert.NotEmpty(scores);
        Assert.True(scores.Count(s => s.Imported) >= UnseenAim * scores.Count, $"{scores.Count(s => s.Imported)} of {scores.Count} imported");
        Assert.True(right >= UnseenAim * total, $"{right} of {total} facts right ({CorpusScorer.Percent(right, total)})");
    }

    private List<DocumentScore> Score(string folder)
    {
        var scores = CorpusDocument.All(folder).Select(CorpusScorer.Score).ToList();
        var report = CorpusScorer.Report(scores);
        output.WriteLine(report);
        // The score is also written beside the test's output, to read after a run without a test logger.
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, $"import-score-{Path.GetFileName(Path.TrimEndingDirectorySeparator(folder))}.txt"), report);
        return scores;
    }
}

/// <summary>Runs only when <c>REFERATER_IMPORT_CORPUS</c> names a folder; otherwise the test is reported as skipped, with why.</summary>
public sealed class UnseenCorpusFactAttribute : FactAttribute
{
    public const string Variable = "REFERATER_IMPORT_CORPUS";

    public UnseenCorpusFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"{Variable} names no folder of corpus documents to score";
        }
    }
}
