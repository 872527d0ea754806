using System.Diagnostics;

namespace BrochureGen.Tests.Support;

/// <summary>
/// Runs a poppler tool (pdftotext, pdffonts, pdfinfo, pdfimages) on PDF bytes or a file; where
/// poppler is missing the calling test is skipped (see <see cref="ExternalTool"/>).
/// </summary>
public static class Poppler
{
    public static string Run(string tool, params object[] arguments)
    {
        ExternalTool.Require(tool, ExternalTool.PopplerPackage);
        var file = Path.Combine(Path.GetTempPath(), $"brochuregen-{Guid.NewGuid():N}.pdf");
        var args = arguments.Select(a => a is byte[] bytes ? Write(file, bytes) : (string)a).ToList();
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            args.ForEach(start.ArgumentList.Add);
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{tool} failed: {error}");
            return output.Result;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Write(string path, byte[] bytes)
    {
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
