using KzData.Generators;

namespace KzData.Cli.Engine;

/// <summary>
/// Where the fact file and the seed articles are. By default <c>src/KzData/facts.yaml</c> (looked for
/// from the current directory upwards, so the tool works anywhere in a clone) and the nearest
/// <c>seeds/</c> directory at or above the fact file's directory.
/// </summary>
internal sealed record Workspace(string FactsPath, string DisplayPath, string SeedsDirectory)
{
    public const string DefaultFactsPath = "src/KzData/facts.yaml";

    /// <summary>Resolves the fact file and seeds directory; throws <see cref="UsageException"/> when either is missing.</summary>
    public static Workspace Resolve(string? factsArgument, string? seedsArgument, string? currentDirectory = null)
    {
        var cwd = currentDirectory ?? Directory.GetCurrentDirectory();
        string facts;
        if (factsArgument is not null)
        {
            facts = Path.GetFullPath(factsArgument, cwd);
            if (!File.Exists(facts))
            {
                throw new UsageException($"fact file '{factsArgument}' not found");
            }
        }
        else
        {
            facts = FindUpwards(cwd, DefaultFactsPath, File.Exists)
                ?? throw new UsageException($"no {DefaultFactsPath} in '{cwd}' or above it; pass the fact file's path");
        }

        string seeds;
        if (seedsArgument is not null)
        {
            seeds = Path.GetFullPath(seedsArgument, cwd);
            if (!Directory.Exists(seeds))
            {
                throw new UsageException($"seeds directory '{seedsArgument}' not found");
            }
        }
        else
        {
            seeds = FindUpwards(Path.GetDirectoryName(facts)!, "seeds", Directory.Exists)
                ?? throw new UsageException($"no seeds/ directory at or above '{Path.GetDirectoryName(facts)}'; pass --seeds");
        }

        return new Workspace(facts, Display(facts, cwd), seeds);
    }

    /// <summary>The seed articles as the build gets them: every seeds/*.txt, by path.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ReadSeeds() => Directory
        .GetFiles(SeedsDirectory, "*.txt")
        .OrderBy(p => p, StringComparer.Ordinal)
        .Select(p => new KeyValuePair<string, string>(p, ReadText(p)))
        .ToList();

    /// <summary>
    /// The seed files with what the build knows of them (KzData.csproj passes each seed's and its folder's attributes):
    /// a link is refused and its text never read, so a linked seed's content cannot reach a report.
    /// </summary>
    public IReadOnlyList<SeedFile> SeedFiles()
    {
        var folderIsLink = new DirectoryInfo(SeedsDirectory).Attributes.HasFlag(FileAttributes.ReparsePoint);
        return Directory
            .GetFiles(SeedsDirectory, "*.txt")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new SeedFile(p, () => ReadText(p), File.GetAttributes(p).HasFlag(FileAttributes.ReparsePoint), folderIsLink))
            .ToList();
    }

    /// <summary>Reads the fact file and seeds and runs the build's parse and validate steps.</summary>
    public CheckOutcome Check(CancellationToken cancellationToken = default) =>
        GeneratorBridge.Check(DisplayPath, ReadText(FactsPath), SeedFiles(), cancellationToken);

    /// <summary>Reads a file the way an editor might be writing it: shared, retried briefly while locked.</summary>
    public static string ReadText(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var reader = new StreamReader(stream);
                return reader.ReadToEnd();
            }
            catch (IOException) when (attempt < 5 && File.Exists(path))
            {
                Thread.Sleep(20);
            }
        }
    }

    private static string? FindUpwards(string start, string relative, Func<string, bool> exists)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The path as diagnostics print it: relative to the current directory when inside it, with forward slashes.</summary>
    private static string Display(string fullPath, string cwd)
    {
        var relative = Path.GetRelativePath(cwd, fullPath);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        return shown.Replace(Path.DirectorySeparatorChar, '/');
    }
}

/// <summary>A mistake in how the tool was called (a missing file, an unknown source id): exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
