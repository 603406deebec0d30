using Referater.Site.Cli;
using Referater.Site.Pipeline;
using Referater.Site.Tests.Support;
using Referater.Site.Validation;
using static Referater.Site.Tests.Support.TestSite;

namespace Referater.Site.Tests.Privacy;

/// <summary>
/// Build logs on a host are often public. A diagnostic says where and what is wrong, but never repeats a CPR number,
/// nor anything of a closed punkt's private fields, and content cannot drive the terminal through it.
/// </summary>
public sealed class DiagnosticLeakTests
{
    private static async Task<string> BuildLog(TestSite site)
    {
        var (exitCode, output, error) = await InProcessBuild.RunAsync(site.Input, site.Output, search: false);
        Assert.True(exitCode == 1, error);
        Assert.False(Directory.Exists(site.Output));
        return output + "\n" + error;
    }

    private static TestSite WithItem(string item, string? config = DefaultConfig) =>
        new TestSite(config).Meeting(Committee, Date).Item(Committee, Date, "11-punkt.md", item);

    public static TheoryData<string, string> ClosedItems => new()
    {
        // a closed punkt whose private fields are wrong, and the code of the rule that must say so without quoting them
        { "sagsnummer: Qx9SecretCase\n", "RS0041" },
        { "kommunikation: [QXNINECODE]\n", "RS0042" },
        { "kommunikation_kolonner: [BSK]\nkommunikation: [QXNINECODE, BSK]\n", "RS0042" },
        { "bilag:\n  - titel: Qx9SecretTitle\n    fil: qx9secretfile.pdf\n", "RS0045" },
        { "bilag:\n  - titel: Qx9SecretTitle\n    fil: qx9secretfile.html\n", AttachmentTypes.Code },
        { "bilag:\n  - titel: Qx9SecretTitle\n    fil: ../qx9secretfile.pdf\n", "RS0044" },
        { "sagsbehandler: [Qx9SecretPerson]\n", "RS0022" },
    };

    [Theory]
    [MemberData(nameof(ClosedItems))]
    public async Task A_closed_punkts_private_values_never_reach_a_diagnostic(string keys, string code)
    {
        using var site = WithItem($"---\nnummer: 11\ntitel: Personalesag\nlukket: true\n{keys}---\n## Sagsfremstilling\n\nQx9SecretText.\n");

        var log = await BuildLog(site);

        Assert.Contains($"[{code}]", log);
        foreach (var secret in new[] { "Qx9", "QXNINE", "qx9" })
        {
            Assert.DoesNotContain(secret, log);
        }
    }

    /// <summary>An open punkt's attachment titled like a file name is told to be written in words (RS0705); a closed one's title is private.</summary>
    [Fact]
    public async Task A_closed_punkts_attachment_title_is_not_quoted_as_a_file_name()
    {
        using var site = WithItem("---\nnummer: 11\ntitel: Personalesag\nlukket: true\nsagsnummer: Qx9SecretCase\nbilag:\n  - titel: qx9-secret-title\n    fil: qx9secretfile.pdf\n---\n");
        site.Folder.WriteBytes($"input/{Committee}/{Date}/qx9secretfile.pdf", TestPdf.With("Løn"));

        var log = await BuildLog(site);

        Assert.Contains("[RS0041]", log);
        Assert.DoesNotContain("qx9", log, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_closed_punkts_value_is_replaced_by_a_word_that_says_it_is_hidden()
    {
        using var site = WithItem("---\nnummer: 11\ntitel: Personalesag\nlukket: true\nsagsnummer: Qx9SecretCase\n---\n");
        Assert.Contains($"'{ClosedItemDiagnostics.Hidden}' er ikke et gyldigt sagsnummer", await BuildLog(site));
    }

    [Fact]
    public async Task A_closed_punkts_file_is_never_suggested_for_another_punkts_misspelt_file()
    {
        using var site = WithItem("---\nnummer: 11\ntitel: Personalesag\nlukket: true\nbilag:\n  - titel: Sag\n    fil: loen-hansen.pdf\n---\n");
        site.Folder.WriteBytes($"input/{Committee}/{Date}/loen-hansen.pdf", TestPdf.With("Løn"));
        site.Item(Committee, Date, "12-punkt.md", "---\nnummer: 12\ntitel: Orientering\nbilag:\n  - titel: Løn\n    fil: loen-jansen.pdf\n---\n");

        var log = await BuildLog(site);

        Assert.Contains("bilaget 'loen-jansen.pdf' findes ikke i mappen", log);
        Assert.DoesNotContain("hansen", log);
    }

    [Fact]
    public async Task An_open_punkts_values_are_quoted_as_before()
    {
        using var site = WithItem("---\nnummer: 11\ntitel: Punkt\nsagsnummer: Qx9OpenCase\n---\n");
        Assert.Contains("'Qx9OpenCase' er ikke et gyldigt sagsnummer", await BuildLog(site));
    }

    public static TheoryData<string, string> CprInMessages => new()
    {
        // where a CPR number sits, in a value some rule quotes
        { "---\nnummer: 11\ntitel: Punkt\nsagsnummer: 0101901234\n---\n", "RS0041" },
        { "---\nnummer: 11\ntitel: Punkt\nsagsnummer: \"010190-1234\"\nlukket: true\n---\n", "RS0041" },
        { "---\nnummer: 11\ntitel: Punkt\nkommunikation: [\"0101901234\"]\n---\n", "RS0042" },
        { "---\nnummer: 11\ntitel: Punkt\nbilag:\n  - titel: Brev\n    fil: 0101901234.pdf\n---\n", "RS0045" },
        { "---\nnummer: 0101901234x\ntitel: Punkt\n---\n", "RS0024" },
    };

    [Theory]
    [MemberData(nameof(CprInMessages))]
    public async Task A_CPR_number_in_a_quoted_value_is_masked_in_every_message(string item, string code)
    {
        using var site = WithItem(item);

        var log = await BuildLog(site);

        Assert.Contains($"[{code}]", log);
        Assert.Contains("010190-xxxx", log);
        Assert.DoesNotContain("1234", log.Replace(site.Folder.Path, ""));
    }

    public static TheoryData<string> Escapes => new()
    {
        "udvalg: \"\\e]0;overtaget\\a\"",
        "udvalg: \"\\e[2J\\e[31mfejl\"",
        "udvalg: \"a\\u009b31mb\"",
        "udvalg: \"\\u202Eteksten vendt\"",
        "udvalg: \"a\\rinput/site.yml:1:1: fejl: falsk\"",
    };

    [Theory]
    [MemberData(nameof(Escapes))]
    public async Task Escape_sequences_in_values_are_shown_not_obeyed(string line)
    {
        using var site = new TestSite();
        site.Folder.Write($"input/{Committee}/{Date}/index.md", $"---\n{line}\ndato: {Date}\n---\n");

        var log = await BuildLog(site);

        Assert.Contains("[RS0030]", log);
        Assert.DoesNotContain(log, ch => ch is '\u001b' or '\u0007' or '\u009b' or '\u202E' or '\r');
        Assert.Matches(@"\\u(001B|009B|202E|000D)", log);
    }

    [Fact]
    public void Github_annotations_carry_the_same_clean_messages()
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.Error("a.md", 1, 1, "RS0041", "'\u001b[31m0101901234' er ikke et gyldigt sagsnummer.");
        var annotation = GitHubAnnotations.Format(diagnostics.Sorted().Single());
        Assert.DoesNotContain('\u001b', annotation);
        Assert.DoesNotContain("0101901234", annotation);
        Assert.Contains("010190-xxxx", annotation);
    }
}
