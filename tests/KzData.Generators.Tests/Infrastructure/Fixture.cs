namespace KzData.Generators.Tests.Infrastructure;

/// <summary>The small valid fact file and seeds that diagnostic tests mutate, and the real dataset.</summary>
internal static class Fixture
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Fixtures");
    private static readonly string RealRoot = Path.Combine(AppContext.BaseDirectory, "Real");

    public static string ValidYaml { get; } = File.ReadAllText(Path.Combine(Root, "valid.yaml"));

    public static IReadOnlyDictionary<string, string> Seeds { get; } = new Dictionary<string, string>
    {
        ["seed-a.txt"] = File.ReadAllText(Path.Combine(Root, "seed-a.txt")),
        ["seed-b.txt"] = File.ReadAllText(Path.Combine(Root, "seed-b.txt")),
    };

    public static string RealYaml { get; } = File.ReadAllText(Path.Combine(RealRoot, "facts.yaml"));

    public static IReadOnlyDictionary<string, string> RealSeeds { get; } = Directory
        .GetFiles(Path.Combine(RealRoot, "seeds"), "*.txt")
        .ToDictionary(p => Path.GetFileName(p), p => File.ReadAllText(p));

    /// <summary>1-based line and column of the first occurrence of <paramref name="marker"/> (after <paramref name="after"/>, if given).</summary>
    public static (int Line, int Column) PositionOf(string text, string marker, string? after = null)
    {
        var from = after is null ? 0 : text.IndexOf(after, StringComparison.Ordinal);
        from.ShouldBeGreaterThanOrEqualTo(0, $"anchor '{after}' not in the text");
        var index = text.IndexOf(marker, from, StringComparison.Ordinal);
        index.ShouldBeGreaterThanOrEqualTo(0, $"marker '{marker}' not in the text");
        var line = 1 + text.Take(index).Count(c => c == '\n');
        var column = index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
        if (index == 0)
        {
            column = 1;
        }

        return (line, column);
    }
}
