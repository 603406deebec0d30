using System.Text;
using Referater.Site.Pipeline;

namespace Referater.Site.Publishing;

/// <summary>
/// <c>_redirects</c>, the redirect rules Netlify (and hosts that read the same format) take from the published folder.
/// Written from site.yml, so that the accessibility statement's address lives in one place only.
/// </summary>
public sealed class HostRedirects : IOutputSource
{
    public const string FileName = "_redirects";

    public IEnumerable<OutputItem> Produce(BuildContext context)
    {
        if (context.Config.AccessibilityStatementUrl is not { } statement)
        {
            yield break;
        }
        // '!' makes the rule win over the was/index.html page that serves hosts without redirect rules.
        var rules = $"/was   {statement}   302!\n/was/  {statement}   302!\n";
        yield return new FileOutput(FileName, Encoding.UTF8.GetBytes(rules));
    }
}
