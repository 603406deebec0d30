using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Referater.Site.Content;

/// <summary>
/// The YAML events of an editor's file, within limits. Anchors and aliases (<c>&amp;a</c>, <c>*a</c>) are refused: no
/// front matter needs them, and a few hundred bytes of aliases to aliases expand to billions of values (a "billion
/// laughs"), which any reader of the values would walk for hours. Nesting is bounded, since the YAML tree is built by
/// recursion and thousands of '[' would overflow the stack.
/// </summary>
public sealed class BoundedParser(IParser inner) : IParser
{
    public const string AliasCode = "RS0630";
    public const string DepthCode = "RS0631";

    /// <summary>How deeply lists and mappings may nest; front matter uses two or three levels.</summary>
    public const int MaxDepth = 32;

    private int _depth;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }
        switch (inner.Current)
        {
            case AnchorAlias alias:
                throw new LimitException(alias.Start, AliasCode,
                    $"YAML-aliasset '*{alias.Value}' bruges ikke: skriv værdien ud, hvor den skal stå. (Ankre og aliaser kan få få linjer til at fylde milliarder af værdier.)");
            case NodeEvent { Anchor.IsEmpty: false } node:
                throw new LimitException(node.Start, AliasCode,
                    $"YAML-ankeret '&{node.Anchor}' bruges ikke: skriv værdien ud, hvor den skal stå, og slet '&{node.Anchor}'.");
            case SequenceStart or MappingStart when ++_depth > MaxDepth:
                throw new LimitException(inner.Current.Start, DepthCode,
                    $"værdierne er indlejret mere end {MaxDepth} niveauer (lister i lister). Det er næsten altid en fejl: fjern de overskydende '[', '{{' eller '-'.");
            case SequenceEnd or MappingEnd:
                _depth--;
                break;
        }
        return true;
    }

    /// <summary>A limit the text broke, with where and what to do.</summary>
    public sealed class LimitException(Mark start, string code, string message) : Exception(message)
    {
        public Mark Start { get; } = start;

        public string Code { get; } = code;
    }
}
