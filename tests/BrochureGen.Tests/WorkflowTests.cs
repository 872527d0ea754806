using BrochureGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace BrochureGen.Tests;

public sealed class WorkflowTests
{
    private static readonly string WorkflowPath = Path.Combine(RepoPaths.Root, ".github", "workflows", "brochures.yml");

    [Fact]
    public void The_workflow_is_valid_yaml_uploads_artifacts_per_brochure_and_shard_and_builds_with_the_readme_command()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(WorkflowPath)));
        var jobs = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["jobs"];
        var build = (YamlMappingNode)jobs["build"];
        var matrix = (YamlMappingNode)((YamlMappingNode)build["strategy"])["matrix"];
        Assert.Equal(4, ((YamlSequenceNode)matrix["shard"]).Children.Count);

        var steps = ((YamlSequenceNode)build["steps"]).Children.Cast<YamlMappingNode>().ToList();
        Assert.Contains(steps, s => s.Children.TryGetValue("uses", out var uses) && uses.ToString().StartsWith("actions/upload-artifact@", StringComparison.Ordinal));

        var readmeBuild = File.ReadLines(Path.Combine(RepoPaths.Root, "README.md")).First(l => l.Contains("-- build", StringComparison.Ordinal)).Split('#')[0].Trim();
        Assert.Contains(steps, s => s.Children.TryGetValue("run", out var run) && run.ToString().StartsWith(readmeBuild, StringComparison.Ordinal));
        Assert.Contains("bash .ci/run", File.ReadAllText(WorkflowPath), StringComparison.Ordinal);
    }
}
