using Referater.Site.Tests.Support;
using static Referater.Site.Tests.Support.TestSite;
using Referater.Site.Validation;

namespace Referater.Site.Tests.Privacy;

/// <summary>CPR numbers in published text stop the build; numbers that only look a bit like them do not.</summary>
public sealed class CprNumberTests
{

    [Theory]
    [InlineData("Borgeren 010190-1234 har klaget.", "010190-1234")]
    [InlineData("Borgeren 0101901234 har klaget.", "0101901234")]
    [InlineData("CPR-nr. 311299-4321", "311299-4321")]
    [InlineData("cpr: 290200-1111", "290200-1111")]
    [InlineData("CPR-nr.: 150385 2222", "150385 2222")]
    [InlineData("cpr.nr. 150385 2222", "150385 2222")]
    [InlineData("personnummer 150385 2222", "150385 2222")]
    [InlineData("(150385-2222)", "150385-2222")]
    [InlineData("150385–2222 i en titel", "150385–2222")]
    [InlineData("Slutter med 150385-2222.", "150385-2222")]
    [InlineData("a 150385-2222 (ikke et CPR-nummer)", "150385-2222")]
    [InlineData("Personnr. 150385 1237", "150385 1237")]
    [InlineData("pers.nr. 150385-1237", "150385-1237")]
    [InlineData("CPR-nummer: 150385 1237", "150385 1237")]
    [InlineData("borger 150385 - 1237 klager", "150385 - 1237")]
    [InlineData("borger 150385\u20141237 klager", "150385\u20141237")]
    [InlineData("borger 150385\u22121237 klager", "150385\u22121237")]
    [InlineData("borger 150385\uFF0D1237 klager", "150385\uFF0D1237")]
    [InlineData("borger 1503\u00AD85-1237 klager", "1503\u00AD85-1237")]
    [InlineData("borger 15\u200B0385\u200D1237 klager", "15\u200B0385\u200D1237")]
    [InlineData("borger \uFF11\uFF15\uFF10\uFF13\uFF18\uFF15-\uFF11\uFF12\uFF13\uFF17 klager", "\uFF11\uFF15\uFF10\uFF13\uFF18\uFF15-\uFF11\uFF12\uFF13\uFF17")]
    [InlineData("borger \u0661\u0665\u0660\u0663\u0668\u0665\u0661\u0662\u0663\u0667 klager", "\u0661\u0665\u0660\u0663\u0668\u0665\u0661\u0662\u0663\u0667")]
    [InlineData("\uFF23\uFF30\uFF32-nr. 150385 1237", "150385 1237")]
    [InlineData("Født 010160-2026: 1. januar 1960 har numre uden kontrolciffer", "010160-2026")]
    public void Finds_CPR_numbers(string text, string number)
    {
        var (index, length) = Assert.Single(CprNumbers.Find(text));
        Assert.Equal(number, text.Substring(index, length));
    }

    [Theory]
    [InlineData("Mødet 17-02-2026 kl. 13:30")]
    [InlineData("Sagsnummer 00.00.00-P19-1719-10")]
    [InlineData("Sagsnummer 15.00.00-A00-3-25 og 27.12.00-P20-12345-23")]
    [InlineData("Budget 6.950.000 kr. og 500.000 kr. samt 1.234.567.890")]
    [InlineData("Ring på 96 28 28 28 eller +45 96282828 eller 96282828")]
    [InlineData("Kontonummer 9570-1234567890 og EAN 5790001234567")]
    [InlineData("320190-1234 har dag 32; 011390-1234 har måned 13; 310290-1234 er 31. februar")]
    [InlineData("000190-1234 og 010090-1234")]
    [InlineData("12345678901 er elleve cifre; 1-010190-1234 er en del af et længere nummer; 010190-1234-5 også")]
    [InlineData("Varenummer 010190-1234 (ikke CPR) og 0101901234(ikke cpr)")]
    [InlineData("150385 2222 uden etiket er to tal")]
    [InlineData("Dato 2026-02-17 og tid 13:30 og år 2023/24")]
    [InlineData("Perioden 010125-2026 og perioden 311223-2024")]
    [InlineData("Perioden 010125 - 2026")]
    public void Does_not_mistake_other_numbers_for_CPR_numbers(string text) =>
        Assert.Empty(CprNumbers.Find(text));

    /// <summary>A long text is read around its clusters of digits; characters a reader does not see do not spread a number out.</summary>
    [Fact]
    public void Invisible_characters_between_the_digits_of_a_long_text_do_not_hide_a_number()
    {
        const string Padding = "\u200B\u200B\u200B\u200B\u200B\u200B\u200B";
        var number = string.Join(Padding, "010203-1234".ToCharArray());
        var text = string.Concat(Enumerable.Repeat("Udvalget drøftede sagen og godkendte indstillingen. ", 10)) + "Borgeren " + number + " klagede.";
        Assert.True(text.Length > 300);
        Assert.Single(CprNumbers.Find(text));
    }

    [Fact]
    public void A_period_with_valid_check_digits_is_still_a_CPR_number()
    {
        // 010125-2026 fails the modulus 11 check; 020125-2026 ... is found when its digits pass it.
        var valid = Enumerable.Range(1, 28).Select(day => $"{day:00}0125-2026").First(n => Modulus11(n.Replace("-", "")));
        Assert.Single(CprNumbers.Find($"Perioden {valid}"));
    }

    private static bool Modulus11(string digits) =>
        digits.Select((d, i) => (d - '0') * new[] { 4, 3, 2, 7, 6, 5, 4, 3, 2, 1 }[i]).Sum() % 11 == 0;

    [Theory]
    [InlineData("'0101901234' er ikke gyldigt", "'010190-xxxx' er ikke gyldigt")]
    [InlineData("Varenummer 0101901234 (ikke CPR)", "Varenummer 010190-xxxx (ikke CPR)")]
    [InlineData("Perioden 010125-2026", "Perioden 010125-xxxx")]
    [InlineData("uden tal", "uden tal")]
    public void Masks_every_number_that_could_be_one_in_a_message(string message, string masked) =>
        Assert.Equal(masked, CprNumbers.MaskAll(message));

    [Fact]
    public void Masks_the_serial_part_in_messages() =>
        Assert.Equal("010190-xxxx", CprNumbers.Masked("010190-1234"));

    [Fact]
    public async Task The_seeds_have_no_false_alarms()
    {
        using var temp = new TempDirectory();
        var diagnostics = new DiagnosticBag();
        var result = await new Referater.Site.Pipeline.BuildPipeline().RunAsync(new(Repository.SeedInput, temp.Combine("output")), diagnostics);
        Assert.True(result.Succeeded, string.Join("\n", diagnostics.Sorted()));
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.Code == PersonalDataGuard.Code);
    }

    public static TheoryData<string, string, int, int> PublishedPlaces => new()
    {
        // file, its content, line and column of the number
        { "11-punkt.md", "---\nnummer: 11\ntitel: Klage fra 010190-1234\n---\n", 3, 18 },
        { "11-punkt.md", "---\nnummer: 11\ntitel: Klage\n---\n## Sagsfremstilling\n\nBorgeren (cpr 0101901234) klager.\n", 7, 15 },
        { "11-punkt.md", "---\nnummer: 11\ntitel: Klage\nbilag:\n  - titel: Brev fra 010190-1234\n---\n", 5, 21 },
        { "11-punkt.md", "---\nnummer: 11\ntitel: Klage\nsagsbehandler: Anne 010190-1234\n---\n", 4, 21 },
        { "11-punkt.md", "---\nnummer: 11\ntitel: Klage\nlukket: true\nbeslutning_offentlig: Afslag til 010190-1234.\n---\n", 5, 34 },
        { "11-punkt.md", "---\nnummer: 11\ntitel: Klage 010190-1234\nlukket: true\n---\n", 3, 14 },
        { "index.md", $"---\nudvalg: {Committee}\ndato: {Date}\nsted: Rådhuset\n---\nMødet handlede om CPR-nr. 010190 1234.\n", 6, 27 },
        { "index.md", $"---\nudvalg: {Committee}\ndato: {Date}\nfraværende: [Anne 010190-1234]\n---\n", 4, 19 },
    };

    [Theory]
    [MemberData(nameof(PublishedPlaces))]
    public async Task A_CPR_number_in_published_text_stops_the_build_at_its_line_and_column(string file, string content, int line, int column)
    {
        using var site = new TestSite().Meeting(Committee, Date).Item(Committee, Date, "10-punkt.md", TestSite.ItemText(10, "Orientering"));
        site.Item(Committee, Date, file, content);
        var (result, diagnostics) = await site.BuildAsync();
        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(site.Output));
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(PersonalDataGuard.Code, error.Code);
        Assert.EndsWith(file, error.File);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains("010190-xxxx", error.Message);
        Assert.DoesNotContain("1234", error.Message);
        Assert.Contains("Datatilsynet", error.Message);
        Assert.Contains("GDPR", error.Message);
        Assert.Contains("(ikke CPR)", error.Message);
    }

    public static TheoryData<string, int, int> Disguised => new()
    {
        // a punkt written so that the number only appears once YAML or Markdown has decoded it; line and column of its element
        { "---\nnummer: 11\ntitel: \"Klage fra 0101\\x39\\x30-1234\"\n---\n", 3, 8 },
        { "---\nnummer: 11\ntitel: Klage\nlukket: true\nbeslutning_offentlig: \"Afslag til 0101\\u0039\\u0030-1234\"\n---\n", 5, 23 },
        { "---\nnummer: 11\ntitel: Klage\n---\n## Sagsfremstilling\n\nBorgeren 0101**90**-1234 klager.\n", 7, 1 },
        { "---\nnummer: 11\ntitel: Klage\n---\nTekst\n\n- Borgeren &#48;10190-1234 klager.\n", 7, 3 },
        { "---\nnummer: 11\ntitel: Klage\n---\nBorgeren 010190\\-1234 klager.\n", 5, 1 },
        { "---\nnummer: 11\ntitel: Klage\n---\n[Sagen](https://example.org/?borger=&#48;101901234)\n", 5, 1 },
        { "---\nnummer: 11\ntitel: Klage\nlukket: true\nbeslutning_offentlig: \"Afslag til 0101*90*-1234\"\n---\n", 5, 1 },
    };

    [Theory]
    [MemberData(nameof(Disguised))]
    public async Task A_CPR_number_disguised_by_escapes_entities_or_emphasis_is_found(string content, int line, int column)
    {
        using var site = new TestSite().Meeting(Committee, Date).Item(Committee, Date, "10-punkt.md", TestSite.ItemText(10, "Orientering"));
        site.Item(Committee, Date, "11-punkt.md", content);
        var (result, diagnostics) = await site.BuildAsync();
        Assert.False(result.Succeeded);
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((PersonalDataGuard.Code, line, column), (error.Code, error.Line, error.Column));
        Assert.Contains("010190-xxxx", error.Message);
    }

    [Fact]
    public async Task A_CPR_number_in_site_yml_stops_the_build()
    {
        using var site = new TestSite(TestSite.DefaultConfig.Replace("kommune: Testrup Kommune", "kommune: Testrup Kommune 010190-1234"))
            .Meeting(Committee, Date).Item(Committee, Date, "10-punkt.md", TestSite.ItemText(10, "Orientering"));
        var (result, diagnostics) = await site.BuildAsync();
        Assert.False(result.Succeeded);
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((PersonalDataGuard.Code, 1, 26), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public async Task Private_text_of_a_closed_punkt_is_not_published_so_it_is_not_checked()
    {
        using var site = new TestSite().Meeting(Committee, Date)
            .Item(Committee, Date, "10-punkt.md", "---\nnummer: 10\ntitel: Personalesag\nlukket: true\n---\n## Sagsfremstilling\n\nMedarbejder 010190-1234.\n");
        var (result, diagnostics) = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", diagnostics));
    }

    [Fact]
    public async Task A_marked_exception_is_published_with_its_marker()
    {
        using var site = new TestSite().Meeting(Committee, Date)
            .Item(Committee, Date, "10-punkt.md", TestSite.ItemText(10, "Indkøb", body: "## Beslutning\n\nVarenummer 0101901234 (ikke CPR) købes.\n"));
        var (result, diagnostics) = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", diagnostics));
        Assert.Contains("Varenummer 0101901234 (ikke CPR) købes.", site.ReadOutput($"{Committee}/{Date}/index.html"));
    }
}
