using BrochureGen.Cli;

namespace BrochureGen.Tests.Support;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = CommandLine.Run(args, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public static CliRun Build(TempWorkspace workspace, params string[] extra) =>
        Of(["build", "--content", workspace.Content, "--templates", workspace.Templates, "--output", workspace.Output, .. extra]);
}
