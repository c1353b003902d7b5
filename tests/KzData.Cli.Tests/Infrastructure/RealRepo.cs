namespace KzData.Cli.Tests.Infrastructure;

/// <summary>
/// A throwaway copy of the real fact file and seeds laid out as in the repository
/// (<c>src/KzData/facts.yaml</c>, <c>seeds/*.txt</c>), for tests that edit the fact file.
/// </summary>
internal sealed class RealRepo : IDisposable
{
    private static readonly string Real = Path.Combine(AppContext.BaseDirectory, "Real");

    public RealRepo(string? facts = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "kzdata-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "src", "KzData"));
        Directory.CreateDirectory(Path.Combine(Root, "seeds"));
        foreach (var seed in Directory.GetFiles(Path.Combine(Real, "seeds")))
        {
            File.Copy(seed, Path.Combine(Root, "seeds", Path.GetFileName(seed)));
        }

        File.WriteAllText(FactsPath, facts ?? RealYaml);
    }

    /// <summary>The committed facts.yaml, copied beside the tests (not to be edited).</summary>
    public static string RealFactsPath { get; } = Path.Combine(Real, "src", "KzData", "facts.yaml");

    /// <summary>The committed seeds, copied beside the tests (not to be edited).</summary>
    public static string RealSeedsPath { get; } = Path.Combine(Real, "seeds");

    /// <summary>The real facts.yaml, as committed.</summary>
    public static string RealYaml { get; } = File.ReadAllText(Path.Combine(Real, "src", "KzData", "facts.yaml"));

    /// <summary>The real seed articles by file name.</summary>
    public static IReadOnlyDictionary<string, string> RealSeeds { get; } = Directory
        .GetFiles(Path.Combine(Real, "seeds"), "*.txt")
        .ToDictionary(p => Path.GetFileName(p), p => File.ReadAllText(p));

    public string Root { get; }

    public string FactsPath => Path.Combine(Root, "src", "KzData", "facts.yaml");

    public string SeedsPath => Path.Combine(Root, "seeds");

    public IReadOnlyDictionary<string, string> Seeds => Directory
        .GetFiles(SeedsPath, "*.txt")
        .ToDictionary(p => p, p => File.ReadAllText(p));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the directory for a moment; the OS cleans the temp dir.
        }
    }
}
