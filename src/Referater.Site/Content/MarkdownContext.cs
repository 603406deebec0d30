using Referater.Site.Linking;
using Referater.Site.Validation;

namespace Referater.Site.Content;

/// <summary>
/// Where a piece of an editor's Markdown stands and what its parse must do: the file and line it starts on (so every
/// finding points at its line), the anchor its headings' ids start with, whether it is published (a closed punkt's body
/// is read for its structure only), and the meetings its references may link to.
/// </summary>
/// <param name="Source">The file the text is part of.</param>
/// <param name="FirstLine">The 1-based line of the file on which the text starts.</param>
public sealed record MarkdownContext(SourceText Source, int FirstLine)
{
    /// <summary>Where findings are reported; none for text that was checked before (an older version, an import's preview).</summary>
    public DiagnosticBag? Diagnostics { get; init; }

    /// <summary>The anchor every id of the text starts with: the punkt's (<c>punkt-12</c>), or <c>indledning</c> for a meeting's introduction.</summary>
    public string IdPrefix { get; init; } = "tekst";

    /// <summary>A closed punkt's body is parsed to be checked, never published: it is not scanned for personal data nor linked.</summary>
    public bool Published { get; init; } = true;

    /// <summary>
    /// The whole text is one section under this heading ("" for none), instead of being split at its level-2 headings: a
    /// closed punkt's public decision, a meeting's introduction.
    /// </summary>
    public string? WholeSection { get; init; }

    /// <summary>The meetings references may link to, and whose referat the text is; null leaves references as text.</summary>
    public ReferenceScope? References { get; init; }
}
