using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Referater.Site.Preview;

/// <summary>
/// One kind of output made of files alone, made when a browser first asks for one of them. <paramref name="madeBefore"/>
/// (the paths it made in the last full rebuild) says where to look first, without making the others.
/// </summary>
public sealed class DeferredFiles(IReadOnlySet<string> madeBefore, Func<IReadOnlyDictionary<string, PreviewFile>> make)
{
    private readonly Lazy<IReadOnlyDictionary<string, PreviewFile>> _files = new(make);

    public bool MadeBefore(string path) => madeBefore.Contains(path);

    public IReadOnlyDictionary<string, PreviewFile> Files => _files.Value;
}

/// <summary>
/// The files of the previewed site: pages and meeting files at hand, and the kinds of output deferred after an edit.
/// A path not at hand is looked for where it was last time, and only then in every deferred kind (a feed for a case
/// the edit created).
/// </summary>
public sealed class PreviewFiles(IReadOnlyDictionary<string, PreviewFile> ready, IReadOnlyList<DeferredFiles> deferred)
    : IReadOnlyDictionary<string, PreviewFile>
{
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out PreviewFile value)
    {
        if (ready.TryGetValue(key, out value))
        {
            return true;
        }
        // The deferred kinds make no pages (that is why they were deferred), so a missing page makes none of them.
        var kinds = key.EndsWith(".html", StringComparison.Ordinal) ? [] : deferred.Where(kind => kind.MadeBefore(key)).Concat(deferred);
        foreach (var kind in kinds)
        {
            if (kind.Files.TryGetValue(key, out value))
            {
                return true;
            }
        }
        return false;
    }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public PreviewFile this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => All().Select(pair => pair.Key);

    public IEnumerable<PreviewFile> Values => All().Select(pair => pair.Value);

    public int Count => All().Count();

    public IEnumerator<KeyValuePair<string, PreviewFile>> GetEnumerator() => All().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IEnumerable<KeyValuePair<string, PreviewFile>> All() =>
        ready.Concat(deferred.SelectMany(kind => kind.Files).Where(pair => !ready.ContainsKey(pair.Key)));
}
