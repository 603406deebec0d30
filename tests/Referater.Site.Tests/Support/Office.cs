using System.IO.Compression;
using System.Text;

namespace Referater.Site.Tests.Support;

/// <summary>Office documents as their programs save them: a zip of XML parts.</summary>
public static class Office
{
    /// <summary>A Word document whose body holds the given runs (<c>&lt;w:r&gt;&lt;w:t&gt;…&lt;/w:t&gt;&lt;/w:r&gt;</c>).</summary>
    public static byte[] Docx(string runs)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            Add(zip, "word/document.xml",
                "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
                + runs + "</w:p></w:body></w:document>");
        }
        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var entry = zip.CreateEntry(name).Open();
        entry.Write(Encoding.UTF8.GetBytes(content));
    }
}
