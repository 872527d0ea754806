using BrochureGen.Diagnostics;

namespace BrochureGen.Cli;

/// <summary>
/// Prints diagnostics the way compilers do (<c>path(line,col): error BG0123: message</c>),
/// grouped by file so related problems sit together; coloured on a terminal, plain when
/// redirected or when <c>NO_COLOR</c> is set.
/// </summary>
public sealed class DiagnosticPrinter(TextWriter writer, bool colour)
{
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Bold = "\u001b[1m";
    private const string Reset = "\u001b[0m";

    public static bool UseColour(TextWriter writer) =>
        ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null or "";

    public void Print(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var group in diagnostics.GroupBy(d => d.Location?.File ?? string.Empty))
        {
            foreach (var diagnostic in group)
            {
                writer.WriteLine(colour ? Colourise(diagnostic) : diagnostic.ToString());
            }
        }
    }

    private static string Colourise(Diagnostic diagnostic)
    {
        var plain = diagnostic.ToString();
        var kind = diagnostic.Severity == Severity.Error ? "error" : "warning";
        var colour = diagnostic.Severity == Severity.Error ? Red : Yellow;
        var at = plain.IndexOf(kind + " " + diagnostic.Code, StringComparison.Ordinal);
        return at < 0 ? plain : $"{Bold}{plain[..at]}{Reset}{colour}{kind} {diagnostic.Code}{Reset}{plain[(at + kind.Length + 1 + diagnostic.Code.Length)..]}";
    }
}
