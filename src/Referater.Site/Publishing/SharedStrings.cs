using System.Collections.Concurrent;

namespace Referater.Site.Publishing;

/// <summary>
/// One instance of each text: the link check holds every page's links and ids until the last page is written, and most
/// of them (the menu, the footer, the assets, a case's address) are the same on many pages.
/// </summary>
public sealed class SharedStrings
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byText;

    public SharedStrings() => _byText = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The shared instance of a text; a text not seen before is made a string once.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        if (_byText.TryGetValue(text, out var shared))
        {
            return shared;
        }
        var made = text.ToString();
        return _strings.GetOrAdd(made, made);
    }
}
