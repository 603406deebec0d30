using System.Globalization;
using Referater.Site.Content;

namespace Referater.Site.Validation;

/// <summary>
/// A meeting lives at <c>input/&lt;udvalg&gt;/&lt;dato&gt;/</c>, and its page at <c>/&lt;udvalg&gt;/&lt;dato&gt;/</c>. When the folder
/// and the metadata disagree, editors look for the meeting in one place and readers find it at another: say which to change.
/// </summary>
public static class BundleLocationRule
{
    public static void Check(string folder, DateOnly? date, Committee? committee, FrontMatterReader reader)
    {
        var folderName = Path.GetFileName(folder);
        var committeeFolder = Path.GetFileName(Path.GetDirectoryName(folder)) ?? "";
        if (date is { } meetingDate && meetingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) is var expected && folderName != expected)
        {
            reader.Error("dato", "RS0034",
                $"mødet ligger i mappen '{folderName}', men 'dato' er {expected}. Omdøb mappen til '{expected}', eller ret 'dato', hvis mappens navn er det rigtige.");
        }
        if (committee is not null && committeeFolder != committee.Slug)
        {
            reader.Error("udvalg", "RS0035",
                $"mødet ligger i udvalgsmappen '{committeeFolder}', men 'udvalg' er {committee.Slug}. Flyt mødets mappe til '{committee.Slug}/', eller ret 'udvalg', hvis mappen er den rigtige.");
        }
    }
}
