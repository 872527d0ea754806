using System.Text;
using BrochureGen.Build;
using BrochureGen.Cli;
using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>Terminal cells of text, and the <c>list</c> columns that depend on them.</summary>
public sealed class DisplayWidthTests
{
    [SkippableTheory]
    [InlineData("English", 7)]
    [InlineData("한국어", 6)]
    [InlineData("中文（简体）", 12)]
    [InlineData("ｶﾀｶﾅ", 4)]
    [InlineData("\U00020000", 2)]
    [InlineData("e\u0301", 1)]
    [InlineData("", 0)]
    public void Wide_characters_take_two_cells_and_combining_marks_none(string text, int cells)
    {
        Assert.Equal(cells, DisplayWidth.Of(text));
    }

    [SkippableFact]
    public void Decomposed_vietnamese_takes_as_many_cells_as_composed()
    {
        Assert.Equal(DisplayWidth.Of("Tiếng Việt"), DisplayWidth.Of("Tiếng Việt".Normalize(NormalizationForm.FormD)));
    }

    [SkippableFact]
    public void List_lines_up_the_status_column_after_chinese_and_korean_names()
    {
        using var workspace = new TempWorkspace();
        // The sample has Chinese and Korean editions.

        var run = CliRun.Of("list", "--content", workspace.Content);

        Assert.True(run.ExitCode == 0, run.Error);
        var lines = run.Output.Split('\n');
        var english = Assert.Single(lines, l => l.StartsWith("  en ", StringComparison.Ordinal));
        var statusCell = english.IndexOf("reviewed", StringComparison.Ordinal);
        foreach (var locale in new[] { "zh-Hans", "ko" })
        {
            var name = LanguageNames.Native(locale);
            Assert.All(name, c => Assert.True(c >= '\u2E80', $"'{name}' is expected to be written in wide characters only"));
            var line = Assert.Single(lines, l => l.StartsWith($"  {locale} ", StringComparison.Ordinal));
            var prefix = line[..line.IndexOf("draft", StringComparison.Ordinal)];

            // Every character of the name takes two cells, every other character of the line one.
            Assert.True(prefix.Length + name.Length == statusCell, $"status of {locale} is not under the one of en:\n{english}\n{line}");
        }
    }
}
