using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Referater.Site.Content;

/// <summary>
/// Loads the YAML an editor wrote. Every way it can be broken becomes a <see cref="YamlProblem"/> with a position:
/// YamlDotNet also throws exceptions other than <see cref="YamlException"/> on some input (a '[' never closed at
/// the end of the text), which would otherwise stop the build as a crash.
/// </summary>
public static class YamlText
{
    /// <summary>What is wrong and where (1-based line and column of the YAML text).</summary>
    /// <param name="Code">Set when the problem is one of the limits below: the message is then complete as it is.</param>
    public sealed record YamlProblem(int Line, int Column, string Message, string? Code = null);

    public static YamlStream? Load(string text, out YamlProblem? problem)
    {
        var scanner = new Scanner(new StringReader(text));
        var stream = new YamlStream();
        try
        {
            stream.Load(new BoundedParser(new Parser(scanner)));
            problem = null;
            return stream;
        }
        catch (BoundedParser.LimitException ex)
        {
            problem = new YamlProblem((int)Math.Max(1, ex.Start.Line), (int)Math.Max(1, ex.Start.Column), ex.Message, ex.Code);
            return null;
        }
        catch (YamlException ex)
        {
            // "While scanning X, found Y": Start is where X began, End is where Y was found, which is what to fix.
            var source = ex.InnerException as YamlException ?? ex;
            var mark = Message(ex).StartsWith("While", StringComparison.Ordinal) ? source.End : source.Start;
            var (line, column) = ((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));
            // YamlDotNet places a tab in the indentation at the mapping it interrupts; the editor must fix the tab.
            if (Message(ex).Contains("tab", StringComparison.Ordinal) && FirstIndentingTab(text) is { } tab)
            {
                (line, column) = tab;
            }
            problem = new YamlProblem(line, column, YamlMessages.Danish(Message(ex)));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            var mark = scanner.CurrentPosition;
            problem = new YamlProblem((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column), "teksten slutter, før en liste, en tekst i anførselstegn eller en blok er lukket");
            return null;
        }
    }

    private static (int Line, int Column)? FirstIndentingTab(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0)
            {
                return (i + 1, tab + 1);
            }
        }
        return null;
    }

    private static string Message(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        // YamlDotNet prefixes its messages with the position, which the diagnostic already gives.
        var closing = message.IndexOf("): ", StringComparison.Ordinal);
        return closing >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(closing + 3)..] : message;
    }
}
