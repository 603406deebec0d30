using System.Collections;
using Referater.Site.Pipeline;

namespace Referater.Site.Preview;

/// <summary>
/// Whether a page must be rendered again: it must when anything it is rendered from differs. Views of meetings that
/// did not change are the same objects from one rebuild to the next, so unchanged pages compare equal cheaply; any
/// doubt (a new object, a new list) counts as a change, so a page is never left stale.
/// </summary>
public static class PageInputs
{
    public static bool Same(PageOutput previous, PageOutput next) =>
        previous.Component == next.Component
        && previous.Parameters.Count == next.Parameters.Count
        && previous.Parameters.All(p => next.Parameters.TryGetValue(p.Key, out var value) && SameValue(p.Value, value));

    private static bool SameValue(object? a, object? b) =>
        Equals(a, b)
        || (a is IEnumerable first && b is IEnumerable second && a is not string && b is not string
            && first.Cast<object?>().SequenceEqual(second.Cast<object?>()));
}
