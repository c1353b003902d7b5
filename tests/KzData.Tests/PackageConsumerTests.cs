using System.Diagnostics;

namespace KzData.Tests;

/// <summary>
/// Packs KzData, builds samples/KzData.Sample against the package from a local folder (no project
/// reference), runs it and checks what it prints: the package's public surface as a user meets it.
/// </summary>
public sealed class PackageConsumerTests
{
    private static readonly string RepoRoot = FindRepoRoot();

    [Fact]
    public void The_packed_library_works_for_a_consumer()
    {
        var work = Directory.CreateTempSubdirectory("kzdata-consumer-");
        try
        {
            var feed = Path.Combine(work.FullName, "feed");
            Run("dotnet", $"pack \"{Path.Combine(RepoRoot, "src", "KzData")}\" -c Release -o \"{feed}\" -p:ContinuousIntegrationBuild=true", RepoRoot);

            var package = Directory.GetFiles(feed, "KzData.*.nupkg").ShouldHaveSingleItem();
            using (var zip = System.IO.Compression.ZipFile.OpenRead(package))
            {
                var entries = zip.Entries.Select(e => e.FullName).ToList();
                entries.ShouldContain("lib/net10.0/KzData.dll");
                entries.ShouldContain("lib/net10.0/KzData.xml");
                entries.ShouldContain("PACKAGE.md");
                entries.ShouldNotContain(e => e.EndsWith(".yaml", StringComparison.Ordinal) || e.Contains("YamlDotNet", StringComparison.Ordinal) || e.Contains("Generators", StringComparison.Ordinal) || e.StartsWith("analyzers/", StringComparison.Ordinal));
                using var nuspec = new StreamReader(zip.GetEntry("KzData.nuspec")!.Open());
                var metadata = nuspec.ReadToEnd();
                metadata.ShouldContain("<license type=\"expression\">MIT</license>");
                metadata.ShouldContain("<readme>PACKAGE.md</readme>");
                metadata.ShouldContain("<tags>kazakhstan");
                metadata.ShouldNotContain("<dependency ");
            }

            var app = Path.Combine(work.FullName, "app");
            Directory.CreateDirectory(app);
            foreach (var file in new[] { "KzData.Sample.csproj", "Program.cs" })
            {
                File.Copy(Path.Combine(RepoRoot, "samples", "KzData.Sample", file), Path.Combine(app, file));
            }

            // Only the local feed: the package must restore on its own, with no other dependency.
            File.WriteAllText(Path.Combine(work.FullName, "NuGet.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            var packages = Path.Combine(work.FullName, "packages");
            var output = Run("dotnet", $"run --project \"{app}\" -p:RestorePackagesPath=\"{packages}\"", app);

            output.ShouldContain("fact: un-general-assembly-abstention");
            output.ShouldContain($"statement: {Facts.UnGeneralAssemblyAbstention.Statement}");
            output.ShouldContain("passage-matches-offsets: True");
            output.ShouldContain($"migration-figures: {Dataset.Facts.Count(f => f.Topic == Topic.Migration && f.Quantity is not null)}");
            output.ShouldContain($"disputed: {Dataset.Facts.Count(f => f.ConflictsWith.Count > 0)}");
            output.ShouldContain("csto-members: Kazakhstan, Russia");
            output.ShouldContain("lookup: True");
            output.ShouldContain($"totals: {Dataset.Facts.Count} facts, {Dataset.Entities.Count} entities, {Dataset.Sources.Count} sources, version {Dataset.Version}");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string Run(string file, string arguments, string directory)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && file == "dotnet" ? host : file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // Do not inherit the test host's MSBuild state (it points at the test project).
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(5)).ShouldBeTrue($"dotnet {arguments} timed out");
        var output = stdout.Result + stderr.Result;
        process.ExitCode.ShouldBe(0, $"dotnet {arguments} failed:\n{output}");
        return output;
    }

    private static string FindRepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KzData.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("KzData.sln not found above " + AppContext.BaseDirectory);
    }
}
