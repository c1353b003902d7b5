using System.Diagnostics;
using Xunit.Abstractions;

namespace KzData.Generators.Tests;

/// <summary>
/// One real <c>dotnet build</c> of a copy of src/KzData whose seeds folder holds a symbolic link out of the
/// repository: proves the project file passes the seed attributes the generator checks (KZ1028). The in-process
/// tests supply that metadata themselves; only a real build shows that KzData.csproj computes it.
/// About 15-40 s; <c>--filter Category!=RealBuild</c> skips it.
/// </summary>
public sealed class RealBuildTests(ITestOutputHelper output)
{
    [Fact]
    [Trait("Category", "RealBuild")]
    public void A_symlinked_seed_fails_the_real_build_with_KZ1028()
    {
        var repo = FindRepository();
        var copy = Directory.CreateTempSubdirectory("kzdata-build-").FullName;
        var outside = Path.Combine(Path.GetTempPath(), $"kzdata-outside-{Guid.NewGuid():N}.txt");
        try
        {
            foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json" })
            {
                File.Copy(Path.Combine(repo, file), Path.Combine(copy, file));
            }

            CopyTree(Path.Combine(repo, "src", "KzData"), Path.Combine(copy, "src", "KzData"));
            CopyTree(Path.Combine(repo, "src", "Common"), Path.Combine(copy, "src", "Common"));
            CopyTree(Path.Combine(repo, "generators"), Path.Combine(copy, "generators"));
            CopyTree(Path.Combine(repo, "seeds"), Path.Combine(copy, "seeds"));
            var seed = Directory.GetFiles(Path.Combine(copy, "seeds"), "*.txt").Order(StringComparer.Ordinal).First();
            File.WriteAllText(outside, "SECRET-LINE root:x:0:0 from outside the repository\n" + File.ReadAllText(seed));
            File.Delete(seed);
            File.CreateSymbolicLink(seed, outside);

            var (exitCode, log) = Build(Path.Combine(copy, "src", "KzData"));
            output.WriteLine(log);

            exitCode.ShouldNotBe(0, log);
            log.ShouldContain($"error KZ1028: seed file '{Path.GetFileName(seed)}' is refused: it is a symbolic link");
            log.ShouldNotContain("SECRET");
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
            File.Delete(outside);
        }
    }

    private static (int ExitCode, string Log) Build(string project)
    {
        // No build server or node reuse: nothing of this build outlives the test.
        var start = new ProcessStartInfo("dotnet", ["build", project, "-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-v:q", "-clp:NoSummary"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = project,
        };
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(4)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet build took more than 4 minutes:\n" + stdout);
        }

        return (process.ExitCode, stdout + stderr.Result);
    }

    private static string FindRepository()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KzData.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("KzData.sln not found above " + AppContext.BaseDirectory);
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.GetDirectories(from).Where(d => Path.GetFileName(d) is not ("bin" or "obj")))
        {
            CopyTree(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }
}
