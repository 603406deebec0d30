namespace Referater.Site.Pipeline;

/// <summary>One kind of output of the site (meeting pages, case pages, feeds, …). Each kind is one class.</summary>
public interface IOutputSource
{
    IEnumerable<OutputItem> Produce(BuildContext context);
}
