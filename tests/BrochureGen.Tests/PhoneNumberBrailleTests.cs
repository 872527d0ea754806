using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>A recognised phone number in the braille edition, read with liblouis's own command line (the recogniser itself: the unit tier's PhoneNumberTests).</summary>
public sealed class PhoneNumberBrailleTests
{
    [SkippableFact]
    public void Braille_writes_a_vanity_number_as_the_number_it_dials()
    {
        // A recognised number is a link, and braille writes links uncontracted (UEB grade 1):
        // "INFO" of 1-800-CDC-INFO stays four letters, where contracted braille would write the
        // "in" sign as in a word. Read with liblouis's own command line.
        var uncontracted = LouTranslate.Forward("en-ueb-g1.ctb", "1-800-CDC-INFO");
        var contracted = LouTranslate.Forward("en-ueb-g2.ctb", "1-800-CDC-INFO");
        Assert.NotEqual(uncontracted, contracted);

        using var workspace = LocalizedLinkTests.Workspace();
        var build = CliRun.Build(workspace, "--brochure", LocalizedLinkTests.Brochure, "--locale", "en", "--edition", "braille");
        Assert.True(build.ExitCode == 0, build.Error);
        var brf = new BrfFile(File.ReadAllBytes(Path.Combine(workspace.Output, LocalizedLinkTests.Brochure, LocalizedLinkTests.Brochure + ".en.brf")));
        var lines = brf.TextLines.Select(l => l.Trim().ToLowerInvariant()).ToList();
        Assert.Contains(uncontracted.ToLowerInvariant(), lines);
        Assert.DoesNotContain(contracted.ToLowerInvariant(), lines);
    }
}
