using System.Text;
using BrochureGen.Diagnostics;
using BrochureGen.Tests.Support;
using Xunit.Abstractions;

namespace BrochureGen.Tests;

/// <summary>
/// Starting from the sample content and template, applies a few thousand seeded random edits
/// (delete or duplicate lines, insert characters, change a value's type) and runs the pipeline
/// up to layout. Every case must either lay out or end in diagnostics: never an unhandled
/// exception, never a hang.
/// </summary>
public sealed class RandomizedRobustnessTests(ITestOutputHelper output)
{
    private const int Seed = 20261128;
    private const int Cases = 1500;
    private static readonly TimeSpan PerCase = TimeSpan.FromSeconds(10);
    private static readonly string[] MarkdownInsertions = [":::", "::: callout", "{.new-panel}", "{pin=back}", "{pin=nowhere}", "{.qr}", "|---|", "| a | b |", "- [ ] ", "- [x] ", "1. ", "![", "](", "![x](nowhere.png)", "> ", ">>>>>>>>", "```", "    ", "# ", "## ", "#### ", "<!--", "-->", "<b>", "---", "\\", "^", "~~", "[link](#)"];
    private static readonly string[] Insertions = [":", "- ", "[", "]", "{", "}", "\"", "'", "*", "**", "^", "\\", "\t", "#", "&", "<", ">", "<panel>", "{{", "}}", "é", "中", "\u0301", "\u0007", "§", "%", "1-888-", "www.", "\n", "  ", "|", "!", "@", "`"];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Random_edits_build_or_report_diagnostics_never_crash_or_hang(bool yamlRoute)
    {
        using var workspace = new TempWorkspace(yamlRoute);
        var contentPath = workspace.ContentFile("en");
        var templatePath = workspace.TemplateFile();
        var content = File.ReadAllText(contentPath);
        var template = File.ReadAllText(templatePath);
        var random = new Random(Seed);
        var (built, diagnosed) = (0, 0);

        for (var i = 0; i < Cases; i++)
        {
            var editTemplate = random.NextDouble() < 0.2;
            var mutated = Mutate(editTemplate ? template : content, random, yamlRoute ? Insertions : [.. Insertions, .. MarkdownInsertions]);
            File.WriteAllText(contentPath, editTemplate ? content : mutated);
            File.WriteAllText(templatePath, editTemplate ? mutated : template);

            var run = Task.Run(() =>
            {
                try
                {
                    EnglishEdition.LayOut(workspace.Content, workspace.Templates, "en");
                    return true;
                }
                catch (BrochureException ex)
                {
                    Assert.NotEmpty(ex.Diagnostics);
                    return false;
                }
            });

            bool ok;
            try
            {
                ok = await run.WaitAsync(PerCase);
            }
            catch (Exception ex) when (ex is not TimeoutException)
            {
                Assert.Fail($"case {i} (seed {Seed}) crashed with {ex}\n--- {(editTemplate ? "template" : "content")} ---\n{mutated}");
                return;
            }
            catch (TimeoutException)
            {
                Assert.Fail($"case {i} (seed {Seed}) did not finish within {PerCase.TotalSeconds} s\n--- {(editTemplate ? "template" : "content")} ---\n{mutated}");
                return;
            }

            (built, diagnosed) = ok ? (built + 1, diagnosed) : (built, diagnosed + 1);
        }

        output.WriteLine($"{Cases} cases: {built} laid out, {diagnosed} reported diagnostics");
        Assert.True(diagnosed > Cases / 10, "the edits should break the input often");
        Assert.True(built > Cases / 20, "harmless edits should still build");
    }

    private static string Mutate(string text, Random random, string[] insertions)
    {
        var lines = text.Split('\n').ToList();
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits; e++)
        {
            var index = random.Next(lines.Count);
            switch (random.Next(5))
            {
                case 0:
                    lines.RemoveAt(index);
                    break;
                case 1:
                    lines.Insert(index, lines[index]);
                    break;
                case 2:
                    var line = lines[index];
                    var at = random.Next(line.Length + 1);
                    lines[index] = line[..at] + insertions[random.Next(insertions.Length)] + line[at..];
                    break;
                case 3:
                    // Swap a value's type: text becomes a one-entry list, a list entry becomes text.
                    var colon = lines[index].IndexOf(": ", StringComparison.Ordinal);
                    if (colon > 0)
                    {
                        lines[index] = lines[index][..(colon + 2)] + "[" + lines[index][(colon + 2)..] + "]";
                    }
                    else if (lines[index].TrimStart().StartsWith("- ", StringComparison.Ordinal))
                    {
                        lines[index] = lines[index].Replace("- ", "x: ", StringComparison.Ordinal);
                    }

                    break;
                default:
                    var other = random.Next(lines.Count);
                    (lines[index], lines[other]) = (lines[other], lines[index]);
                    break;
            }

            if (lines.Count == 0)
            {
                lines.Add(string.Empty);
            }
        }

        return new StringBuilder().AppendJoin('\n', lines).ToString();
    }
}
