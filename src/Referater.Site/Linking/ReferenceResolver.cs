using Referater.Site.Content;
using Referater.Site.Rendering;

namespace Referater.Site.Linking;

/// <summary>
/// Decides where a reference leads: the meeting it names when that meeting is in the site, and the punkt when a
/// number is given and the meeting has it. Nothing is linked that does not exist, so a meeting still to come
/// is linked only once its referat is published.
/// </summary>
public sealed class ReferenceResolver(MeetingDirectory directory)
{
    /// <param name="reference">What the text says.</param>
    /// <param name="committee">The committee whose referat says it: the one meant unless another is named.</param>
    /// <param name="date">The date of the meeting whose referat says it: a date without a year is read from there.</param>
    public Resolution Resolve(Reference reference, Committee committee, DateOnly date)
    {
        var target = reference.Committee ?? committee;
        var candidates = Candidates(reference, date);
        if (candidates.Count == 0)
        {
            return Resolution.Unresolved($"datoen {reference.Day}. {reference.Month}. findes ikke i kalenderen");
        }
        foreach (var candidate in candidates)
        {
            if (directory.Find(target, candidate) is not { } meeting)
            {
                continue;
            }
            if (reference.Number is not { } number)
            {
                return Resolution.Linked(meeting.Url);
            }
            return meeting.Numbers.Contains(number)
                ? Resolution.Linked(meeting.UrlOf(number))
                : Resolution.Partly(meeting.Url, $"mødet {DanishText.MediumDate(candidate)} har intet punkt {number}, så linket går til mødet");
        }
        return Resolution.Unresolved(
            $"{target.Name} har intet møde den {string.Join(" eller ", candidates.Select(DanishText.MediumDate))} i sitet");
    }

    /// <summary>A date without a year is the meeting's own year, or, when that lies before the meeting, possibly the next year's.</summary>
    private static List<DateOnly> Candidates(Reference reference, DateOnly meetingDate)
    {
        var result = new List<DateOnly>(2);
        if (reference.Year is { } year)
        {
            Add(year);
            return result;
        }
        Add(meetingDate.Year);
        if (result.Count == 0 || result[0] < meetingDate)
        {
            Add(meetingDate.Year + 1);
        }
        return result;

        void Add(int y)
        {
            if (reference.Month is >= 1 and <= 12 && reference.Day >= 1 && reference.Day <= DateTime.DaysInMonth(y, reference.Month))
            {
                result.Add(new DateOnly(y, reference.Month, reference.Day));
            }
        }
    }
}

/// <summary>Where a reference leads (null: nowhere), and what could not be followed.</summary>
public sealed record Resolution(string? Url, string? Problem)
{
    public static Resolution Linked(string url) => new(url, null);

    public static Resolution Partly(string url, string problem) => new(url, problem);

    public static Resolution Unresolved(string problem) => new(null, problem);
}
