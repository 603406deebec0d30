namespace Referater.Site.Validation;

/// <summary>
/// File names an editor writes (<c>fil:</c>, <c>logo:</c>). A name becomes a path and part of a published address:
/// control characters (a NUL ends a path in the operating system), line breaks and the names '.' and '..' are refused
/// before any path is made from it.
/// </summary>
public static class FileNames
{
    public const string Code = "RS0602";

    /// <summary>What is wrong with a name, completing "'navn' …", or null when it is usable.</summary>
    public static string? Problem(string name)
    {
        var control = name.IndexOfAny([.. Enumerable.Range(0, 32).Select(c => (char)c), '\u007f', '\u2028', '\u2029']);
        if (control >= 0)
        {
            return $"indeholder et usynligt styretegn (U+{(int)name[control]:X4}), som ikke kan stå i et filnavn";
        }
        if (name.Trim() is "." or ".." || name.Trim('.').Length == 0)
        {
            return "er ikke et filnavn";
        }
        if (name.Length > 200)
        {
            return $"er {name.Length} tegn langt; et filnavn må højst være 200 tegn";
        }
        return null;
    }
}
