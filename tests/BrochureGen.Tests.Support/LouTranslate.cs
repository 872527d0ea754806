using System.Diagnostics;
using System.Text;

namespace BrochureGen.Tests.Support;

/// <summary>
/// liblouis's own command line, <c>lou_translate</c> (Debian <c>liblouis-bin</c>), which reads a
/// BRF back independently of BrochureGen's adapter. Where it is missing the calling test is
/// skipped, or fails under CI (see <see cref="ExternalTool"/>).
/// </summary>
public static class LouTranslate
{
    public const string Package = "liblouis-bin";

    /// <summary>Back-translates North American ASCII braille, one line of text per input line.</summary>
    public static string Backward(string tables, string asciiBraille) =>
        Run(["--backward", "en-us-brf.dis," + tables], asciiBraille);

    /// <summary>Translates print into North American ASCII braille.</summary>
    public static string Forward(string tables, string text) =>
        Run(["--forward", "en-us-brf.dis," + tables], text).TrimEnd('\n');

    private static string Run(string[] arguments, string input)
    {
        ExternalTool.Require("lou_translate", Package);
        var start = new ProcessStartInfo("lou_translate")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("lou_translate did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // lou_translate reads backslash escapes (\x0041) from its input; a braille backslash
        // (the ASCII of dots 1256, UEB "ou") must be doubled to be read as itself.
        process.StandardInput.Write(input.Replace("\\", "\\\\", StringComparison.Ordinal));
        process.StandardInput.Close();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "lou_translate failed: " + error.Result);
        return output.Result;
    }
}
