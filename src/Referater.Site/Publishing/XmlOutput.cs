using System.Text;
using System.Xml;

namespace Referater.Site.Publishing;

/// <summary>XML files as the site writes them: UTF-8 without a byte order mark, indented, '\n' line ends, so that equal input gives equal bytes.</summary>
public static class XmlOutput
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    public static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }
        return stream.ToArray();
    }

    /// <summary>
    /// The text without the characters XML 1.0 cannot carry (control characters that text pasted from a PDF
    /// brings along, such as form feeds): the writer would refuse the whole file for one of them.
    /// </summary>
    public static string Clean(string text)
    {
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var length = XmlConvert.IsXmlChar(text[i]) ? 1
                : i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]) ? 2
                : 0;
            if (length == 0)
            {
                clean ??= new StringBuilder(text.Length).Append(text, 0, i);
                continue;
            }
            clean?.Append(text, i, length);
            i += length - 1;
        }
        return clean?.ToString() ?? text;
    }
}
