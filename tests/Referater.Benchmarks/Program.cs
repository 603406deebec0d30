using System.CommandLine;
using Referater.Benchmarks;
using Referater.Benchmarks.Corpus;

var meetings = new Option<int>("--meetings") { Description = "How many meetings the corpus holds (ten committees share them)", Required = true };
var output = new Option<string>("--output") { Description = "The folder the content (site.yml and bundles) is written to", Required = true };
var hugo = new Option<string?>("--hugo") { Description = "Also write the same content as a Hugo site into this folder" };
var corpus = new Command("corpus", "Write a deterministic synthetic corpus in the content format (and, with --hugo, as a Hugo site)") { meetings, output, hugo };
corpus.SetAction(parse =>
{
    var generated = new CorpusGenerator().Generate(parse.GetValue(meetings));
    var files = ContentFormatWriter.Write(generated, parse.GetValue(output)!);
    Console.WriteLine($"{generated.Meetings.Count} meetings, {generated.Items.Count()} punkter, {generated.Items.Select(i => i.CaseNumber).Distinct().Count()} cases: {files.Count} files, {files.Bytes / 1024} KiB → {parse.GetValue(output)}");
    if (parse.GetValue(hugo) is { } hugoDirectory)
    {
        var hugoFiles = HugoSiteWriter.Write(generated, hugoDirectory);
        Console.WriteLine($"Hugo site: {hugoFiles.Count} files, {hugoFiles.Bytes / 1024} KiB → {hugoDirectory}");
    }
    return 0;
});

var data = new Option<string>("--data") { Description = "The table run.sh writes: meetings, our seconds, Hugo's seconds, our MB, Hugo's MB", Required = true };
var svg = new Option<string>("--output") { Description = "The SVG file to write", Required = true };
var plot = new Command("plot", "Draw build time and peak memory against corpus size as an SVG") { data, svg };
plot.SetAction(parse =>
{
    File.WriteAllText(parse.GetValue(svg)!, ScalingPlot.Svg(ScalingPlot.Read(parse.GetValue(data)!)));
    return 0;
});

return await new RootCommand("Benchmarks for Referater.Site: a synthetic corpus and a plot of how the build scales") { corpus, plot }.Parse(args).InvokeAsync();
