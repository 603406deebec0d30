using System.Collections.Immutable;
using Referater.Site.Content;

namespace Referater.Site.Import;

/// <summary>One line of the referat text, numbered as in the file the editor gave, so that warnings point at it.</summary>
public sealed record SourceLine(int Number, string Text, bool AfterPageBreak)
{
    public string Trimmed => Text.Trim();

    public bool IsBlank => Trimmed.Length == 0;
}

/// <summary>Moving through the lines of a referat past the blank ones.</summary>
public static class SourceLines
{
    /// <summary>The index of the next line with text after <paramref name="index"/>, or null.</summary>
    public static int? NextText(IReadOnlyList<SourceLine> lines, int index)
    {
        for (var i = index + 1; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank)
            {
                return i;
            }
        }
        return null;
    }

    /// <summary>The index of the last line with text before <paramref name="index"/>, or null.</summary>
    public static int? PreviousText(IReadOnlyList<SourceLine> lines, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (!lines[i].IsBlank)
            {
                return i;
            }
        }
        return null;
    }
}

/// <summary>What the head of a referat says about the meeting itself.</summary>
public sealed record MeetingFacts(
    ImmutableArray<(string Name, int Line)> CommitteeNames,
    DateOnly? Date,
    TimeOnly? Time,
    string? Place,
    MeetingKind Kind,
    ImmutableArray<string> Absentees,
    ImmutableArray<string> IntroLines)
{
    /// <summary>The date was put together from a day and month without a year and a year said elsewhere in the head.</summary>
    public bool DateComposed { get; init; }
}

/// <summary>
/// A Kommunikation grid: its column codes, and which are marked with X when the text still says so
/// (null when the extraction collapsed the marks and their columns can no longer be told).
/// </summary>
public sealed record GridReading(ImmutableArray<string> Columns, ImmutableArray<string>? Marked);

public sealed record ImportedSection(string Heading, string Markdown);

public sealed record ImportedItem(
    int Number,
    string Title,
    string? CaseNumber,
    GridReading? Grid,
    string? Caseworker,
    ImmutableArray<string> OtherCaseworkers,
    bool IsClosed,
    ImmutableArray<string> Attachments,
    ImmutableArray<ImportedSection> Sections,
    int Line);

public sealed record ImportedMeeting(MeetingFacts Facts, ImmutableArray<ImportedItem> Items);
