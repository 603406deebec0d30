namespace Referater.Site.Content;

/// <summary>
/// The words <c>new</c> writes where the editor's own text belongs. They are kept here, in one place, because the
/// check that stops them from being published must know exactly what <c>new</c> wrote.
/// </summary>
public static class TemplateText
{
    public const string Title = "Titel på punktet";

    public const string Resume = "Skriv et kort resume af sagen.";

    public const string CaseDescription = "Skriv sagsfremstillingen. Brug ### til underoverskrifter.";

    public const string Recommendation = "Skriv indstillingen, fx: Direktøren indstiller, at udvalget tager orienteringen til efterretning.";

    public const string Decision = "Skriv udvalgets beslutning.";

    /// <summary>Every placeholder: left in a file, each one is an error until it is replaced.</summary>
    public static readonly IReadOnlyList<string> Placeholders = [Title, Resume, CaseDescription, Recommendation, Decision];
}
