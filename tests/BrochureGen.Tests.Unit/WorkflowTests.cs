using BrochureGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace BrochureGen.Tests;

public sealed class WorkflowTests
{
    private static readonly string WorkflowPath = Path.Combine(RepoPaths.Root, ".github", "workflows", "brochures.yml");

    [SkippableFact]
    public void The_workflow_builds_shards_with_the_native_binary_and_joins_them_into_one_gallery()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(WorkflowPath)));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var jobs = (YamlMappingNode)root["jobs"];

        // The shard count has one source: the plan job makes the matrix from SHARDS.
        var build = (YamlMappingNode)jobs["build"];
        var matrix = (YamlMappingNode)((YamlMappingNode)build["strategy"])["matrix"];
        Assert.Contains("needs.plan.outputs.shards", matrix["shard"].ToString(), StringComparison.Ordinal);
        Assert.Equal("4", ((YamlMappingNode)root["env"])["SHARDS"].ToString());
        Assert.Contains("$SHARDS", Runs(jobs["plan"]), StringComparison.Ordinal);
        Assert.Contains("plan", Needs(build));

        // The binary the README's install section makes, built once per runner.
        Assert.Contains("dotnet publish src/BrochureGen -c Release -o dist", Runs(build), StringComparison.Ordinal);
        Assert.Contains("./dist/brochuregen build --brochure", Runs(build), StringComparison.Ordinal);
        Assert.Contains(Steps(build), s => s.Children.TryGetValue("uses", out var uses) && uses.ToString().StartsWith("actions/upload-artifact@", StringComparison.Ordinal));

        // The last job waits for every shard and joins their reports.
        var gallery = jobs["gallery"];
        Assert.Contains("build", Needs(gallery));
        Assert.Contains("gallery shards/*/report.json", Runs(gallery), StringComparison.Ordinal);
        Assert.Contains(Steps(gallery), s => s.Children.TryGetValue("uses", out var uses) && uses.ToString().StartsWith("actions/download-artifact@", StringComparison.Ordinal));

        // Pushes build main only; branches build through their pull request.
        var on = (YamlMappingNode)root["on"];
        Assert.Equal("main", ((YamlSequenceNode)((YamlMappingNode)on["push"])["branches"]).Children.Single().ToString());
        Assert.Contains("bash .ci/run", Runs(jobs["test"]), StringComparison.Ordinal);
    }

    private static List<YamlMappingNode> Steps(YamlNode job) => ((YamlSequenceNode)((YamlMappingNode)job)["steps"]).Children.Cast<YamlMappingNode>().ToList();

    private static string Runs(YamlNode job) => string.Join('\n', Steps(job).Where(s => s.Children.ContainsKey("run")).Select(s => s["run"].ToString()));

    private static List<string> Needs(YamlNode job) => ((YamlMappingNode)job)["needs"] switch
    {
        YamlSequenceNode list => list.Children.Select(c => c.ToString()).ToList(),
        var single => [single.ToString()],
    };
}
