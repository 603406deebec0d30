using Referater.Site.Cli;

namespace Referater.Site.Tests.Cli;

/// <summary>The command line speaks Danish: every command's help, and what is wrong with a command line.</summary>
public sealed class DanishCommandLineTests
{
    /// <summary>Words System.CommandLine writes in English when its own help or errors are shown.</summary>
    private static readonly string[] English = ["Usage", "Options", "Commands", "Arguments", "Description", "Show help", "Show version", "default", "Required", "was not", "Unrecognized", "Cannot parse"];

    private static async Task<(int ExitCode, string Out, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CommandLine.RunAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    public static TheoryData<string> Commands => new(["", "build", "check", "new", "preview", "import", "explain"]);

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Every_command_has_Danish_help(string command)
    {
        var (exitCode, output, _) = await Run(command.Length == 0 ? ["--help"] : [command, "--help"]);
        Assert.Equal(0, exitCode);
        Assert.Contains("Brug:\n  ./referater", output);
        Assert.Contains("Tilvalg:", output);
        Assert.Contains("-h, --help  ", output);
        Assert.Contains("Vis hjælp til kommandoen", output);
        Assert.All(English, word => Assert.DoesNotContain(word, output));
    }

    [Fact]
    public async Task Options_show_their_defaults_in_Danish()
    {
        var (_, output, _) = await Run("build", "--help");
        Assert.Contains("--input <MAPPE>", output);
        Assert.Contains("(standard: input)", output);
    }

    [Theory]
    [InlineData(new string[0], "fejl: der mangler en kommando.")]
    [InlineData(new[] { "biuld" }, "Mente du 'build'?")]
    [InlineData(new[] { "new" }, "fejl: kommandoen 'new' mangler argumentet <udvalg>.")]
    [InlineData(new[] { "preview", "--port", "abc" }, "fejl: 'abc' er ikke en gyldig værdi for --port.")]
    [InlineData(new[] { "check", "--format", "xml" }, "fejl: 'xml' er ikke en gyldig værdi for --format.")]
    [InlineData(new[] { "build", "--input" }, "fejl: tilvalget '--input' mangler sin værdi.")]
    public async Task A_wrong_command_line_is_told_in_Danish_with_where_to_read_more(string[] args, string expected)
    {
        var (exitCode, output, error) = await Run(args);
        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.Contains(expected, error);
        Assert.Contains("--help' for at se, hvad kommandoen tager.", error);
        Assert.All(English, word => Assert.DoesNotContain(word, error));
    }
}
