using System.Text.Json;
using System.Xml.Linq;
using KzData.Cli.Engine;
using KzData.Cli.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace KzData.Cli.Tests;

/// <summary>
/// What makes <c>dotnet kzdata</c> work from a clone and in CI stays consistent: the local tool manifest
/// names the package and version the tool project packs, the pull-request job packs, restores, checks
/// to SARIF and uploads it, and the tool finds the fact file and seeds from anywhere in a clone.
/// </summary>
public sealed class ToolSetupTests
{
    private static readonly string RepoRoot = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));

    [Fact]
    public void The_manifest_names_the_package_version_and_command_the_tool_project_packs()
    {
        var project = XDocument.Load(Path.Combine(RepoRoot, "tools", "KzData.Cli", "KzData.Cli.csproj"));
        string Property(string name) => project.Descendants(name).Single().Value;
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot, ".config", "dotnet-tools.json")));

        Property("PackAsTool").ShouldBe("true");
        Property("ToolCommandName").ShouldBe("kzdata");
        var tool = manifest.RootElement.GetProperty("tools").GetProperty(Property("PackageId").ToLowerInvariant());
        tool.GetProperty("version").GetString().ShouldBe(Property("Version"));
        tool.GetProperty("commands").EnumerateArray().Select(c => c.GetString()).ShouldBe(new[] { "kzdata" });
    }

    [Fact]
    public void Pull_requests_upload_the_checks_SARIF_and_the_build_job_stays()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepoRoot, ".github", "workflows", "ci.yml"))));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var jobs = (YamlMappingNode)root["jobs"];
        string Runs(YamlMappingNode job) => string.Join("\n", ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>()
            .Select(s => s.Children.TryGetValue(new YamlScalarNode("run"), out var run) ? run.ToString() : string.Empty));
        var uses = (YamlMappingNode job) => ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>()
            .Where(s => s.Children.ContainsKey(new YamlScalarNode("uses")));

        ((YamlMappingNode)root["on"]).Children.ShouldContainKey(new YamlScalarNode("pull_request"));
        Runs((YamlMappingNode)jobs["build-and-test"]).ShouldContain("bash .ci/run");

        var check = (YamlMappingNode)jobs["kzdata-check"];
        var commands = Runs(check);
        commands.ShouldContain("dotnet pack tools/KzData.Cli -o artifacts/tools");
        commands.ShouldContain("dotnet tool restore --add-source artifacts/tools");
        commands.ShouldContain("dotnet kzdata check --format sarif --output kzdata.sarif");
        var upload = uses(check).Single(s => s["uses"].ToString().StartsWith("github/codeql-action/upload-sarif@", StringComparison.Ordinal));
        ((YamlMappingNode)upload["with"])["sarif_file"].ToString().ShouldBe("kzdata.sarif");
        ((YamlMappingNode)check["permissions"])["security-events"].ToString().ShouldBe("write");
    }

    [Fact]
    public void The_fact_file_and_seeds_are_found_from_anywhere_in_a_clone()
    {
        using var repo = new RealRepo();
        var deep = Path.Combine(repo.Root, "src", "KzData", "obj");
        Directory.CreateDirectory(deep);

        var workspace = Workspace.Resolve(null, null, deep);

        workspace.FactsPath.ShouldBe(repo.FactsPath);
        workspace.SeedsDirectory.ShouldBe(repo.SeedsPath);
        workspace.DisplayPath.ShouldBe(repo.FactsPath.Replace(Path.DirectorySeparatorChar, '/'), "outside the current directory the path is shown in full");
        Workspace.Resolve(null, null, repo.Root).DisplayPath.ShouldBe("src/KzData/facts.yaml");
    }
}
