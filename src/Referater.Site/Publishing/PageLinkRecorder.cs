using System.Collections.Immutable;
using System.Net;
using System.Text;
using Referater.Site.Rendering;

namespace Referater.Site.Publishing;

/// <summary>An address in a page (<c>href</c> or <c>src</c>) and where in the page its element starts.</summary>
/// <remarks>A value, not an object: a site of 5,500 meetings holds 870,000 of them until the link check.</remarks>
public readonly record struct PageLink(string Attribute, string Value, int Line, int Column);

/// <summary>What the link check needs of a written page: the ids it has, the addresses it points at, and the links editors wrote in its texts.</summary>
public sealed class PageLinks
{
    private readonly FileRecord? _kept;
    private IReadOnlySet<string>? _ids;
    private ImmutableArray<PageLink> _links;
    private ImmutableArray<LinkSource> _sources;

    public PageLinks(IReadOnlySet<string> ids, ImmutableArray<PageLink> links, ImmutableArray<LinkSource> sources = default)
    {
        _ids = ids;
        _links = links;
        _sources = sources.IsDefault ? [] : sources;
    }

    private PageLinks(FileRecord kept) => _kept = kept;

    /// <summary>
    /// A page kept from the last build, read from its record when first asked for: after an edit, the link check reads
    /// the pages made again and the few pages they point at, not the thousands kept.
    /// </summary>
    public static PageLinks Kept(FileRecord record) => new(record);

    public IReadOnlySet<string> Ids => _ids ??= KeptPage.Ids.ToHashSet(StringComparer.Ordinal);

    public ImmutableArray<PageLink> Links => _links.IsDefault ? _links = KeptPage.Links : _links;

    /// <summary>The links editors wrote in the page's texts, so that a broken one is reported where it was written.</summary>
    public ImmutableArray<LinkSource> Sources => _sources.IsDefault ? _sources = KeptPage.Sources : _sources;

    private PageRecord KeptPage => _kept?.Page ?? throw new InvalidOperationException("A page's links come from its rendering or from its record.");
}

/// <summary>
/// Passes a page's HTML on to its file and notes, as it goes by, every <c>id</c>, <c>href</c> and <c>src</c>: the
/// link check reads what the renderer produced instead of parsing every page again. The pages are the theme's own
/// output (attribute values quoted, no inline scripts), which a small tag scanner reads exactly.
/// </summary>
/// <param name="strings">Where the ids and addresses of every page are kept once each.</param>
public sealed class PageLinkRecorder(TextWriter inner, SharedStrings strings) : TextWriter
{
    private enum State { Text, TagOpen, TagName, InTag, AttributeName, AfterAttributeName, BeforeValue, QuotedValue, UnquotedValue, Skip, RawText }

    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly ImmutableArray<PageLink>.Builder _links = ImmutableArray.CreateBuilder<PageLink>();
    private readonly StringBuilder _name = new();
    private readonly StringBuilder _value = new();
    private readonly StringBuilder _tag = new();
    private State _state = State.Text;
    private char _quote;
    private int _line = 1;
    private int _column;
    private (int Line, int Column) _tagStart;
    private string? _rawEnd;
    private int _rawMatched;

    public override Encoding Encoding => inner.Encoding;

    public PageLinks Result => new(_ids, _links.ToImmutable());

    public override void Write(char value)
    {
        Scan(value);
        inner.Write(value);
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }
        Scan(value.AsSpan());
        inner.Write(value);
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Scan(buffer);
        inner.Write(buffer);
    }

    /// <summary>Text between tags, most of a page, is skipped to the next '&lt;' at once, counting its lines on the way.</summary>
    private void Scan(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            if (_state != State.Text)
            {
                Scan(text[0]);
                text = text[1..];
                continue;
            }
            var tag = text.IndexOf('<');
            var plain = tag < 0 ? text : text[..tag];
            var lines = plain.Count('\n');
            if (lines > 0)
            {
                _line += lines;
                _column = plain.Length - plain.LastIndexOf('\n') - 1;
            }
            else
            {
                _column += plain.Length;
            }
            if (tag < 0)
            {
                return;
            }
            Scan('<');
            text = text[(tag + 1)..];
        }
    }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync() => inner.FlushAsync();

    private void Scan(char ch)
    {
        if (ch == '\n')
        {
            _line++;
            _column = 0;
        }
        else
        {
            _column++;
        }
        switch (_state)
        {
            case State.Text when ch == '<':
                _tagStart = (_line, _column);
                _state = State.TagOpen;
                break;
            case State.Text:
                break;
            case State.TagOpen:
                if (char.IsAsciiLetter(ch))
                {
                    _tag.Clear().Append(char.ToLowerInvariant(ch));
                    _state = State.TagName;
                }
                else
                {
                    // A closing tag, a comment or the doctype: nothing to note.
                    _state = ch == '>' ? State.Text : State.Skip;
                }
                break;
            case State.TagName:
                if (ch == '>')
                {
                    EndTag();
                }
                else if (char.IsWhiteSpace(ch) || ch == '/')
                {
                    _state = State.InTag;
                }
                else
                {
                    _tag.Append(char.ToLowerInvariant(ch));
                }
                break;
            case State.InTag:
                if (ch == '>')
                {
                    EndTag();
                }
                else if (!char.IsWhiteSpace(ch) && ch != '/')
                {
                    _name.Clear().Append(char.ToLowerInvariant(ch));
                    _state = State.AttributeName;
                }
                break;
            case State.AttributeName:
                if (ch == '=')
                {
                    _state = State.BeforeValue;
                }
                else if (ch == '>')
                {
                    EndTag();
                }
                else if (char.IsWhiteSpace(ch))
                {
                    _state = State.AfterAttributeName;
                }
                else
                {
                    _name.Append(char.ToLowerInvariant(ch));
                }
                break;
            case State.AfterAttributeName:
                if (ch == '=')
                {
                    _state = State.BeforeValue;
                }
                else if (ch == '>')
                {
                    EndTag();
                }
                else if (!char.IsWhiteSpace(ch))
                {
                    _name.Clear().Append(char.ToLowerInvariant(ch));
                    _state = State.AttributeName;
                }
                break;
            case State.BeforeValue:
                _value.Clear();
                if (ch is '"' or '\'')
                {
                    _quote = ch;
                    _state = State.QuotedValue;
                }
                else if (!char.IsWhiteSpace(ch))
                {
                    _value.Append(ch);
                    _state = State.UnquotedValue;
                }
                break;
            case State.QuotedValue:
                if (ch == _quote)
                {
                    Attribute();
                    _state = State.InTag;
                }
                else
                {
                    _value.Append(ch);
                }
                break;
            case State.UnquotedValue:
                if (ch == '>')
                {
                    Attribute();
                    EndTag();
                }
                else if (char.IsWhiteSpace(ch))
                {
                    Attribute();
                    _state = State.InTag;
                }
                else
                {
                    _value.Append(ch);
                }
                break;
            case State.Skip when ch == '>':
                _state = State.Text;
                break;
            case State.Skip:
                break;
            case State.RawText:
                ScanRawText(ch);
                break;
        }
    }

    private void Attribute()
    {
        // The names as literals: one instance each, however many links a site has.
        var name = _name.Equals("id".AsSpan()) ? "id" : _name.Equals("href".AsSpan()) ? "href" : _name.Equals("src".AsSpan()) ? "src" : null;
        if (name is null)
        {
            return;
        }
        var value = Value();
        if (name == "id")
        {
            _ids.Add(value);
        }
        else
        {
            _links.Add(new PageLink(name, value, _tagStart.Line, _tagStart.Column));
        }
    }

    private string Value()
    {
        const int OnTheStack = 512;
        Span<char> text = _value.Length <= OnTheStack ? stackalloc char[_value.Length] : new char[_value.Length];
        _value.CopyTo(0, text, text.Length);
        return text.Contains('&') ? strings.Get(WebUtility.HtmlDecode(text.ToString())) : strings.Get(text);
    }

    /// <summary>The text of a script or style element is not markup: it is passed by until its end tag.</summary>
    private void EndTag()
    {
        var tag = _tag.ToString();
        _rawEnd = tag is "script" or "style" ? "</" + tag : null;
        _rawMatched = 0;
        _state = _rawEnd is null ? State.Text : State.RawText;
    }

    private void ScanRawText(char ch)
    {
        _rawMatched = char.ToLowerInvariant(ch) == _rawEnd![_rawMatched] ? _rawMatched + 1 : (ch == '<' ? 1 : 0);
        if (_rawMatched == _rawEnd.Length)
        {
            _state = State.Skip;
        }
    }
}
