namespace KzData.Generators.Tests.Infrastructure;

/// <summary>
/// The one comparison between a committed copy of a generated artifact (facts.schema.json, docs/fact-file.md,
/// a baseline) and what the generator's schema produces now. The stale checks and the tests that mutate a copy
/// to prove a drift is caught call the same function, so the proof is about the check that actually runs.
/// </summary>
internal static class Drift
{
    /// <summary>Null when the copy is current; otherwise the first line that differs, as a reader would look for it.</summary>
    public static string? Describe(string committed, string generated)
    {
        if (string.Equals(committed, generated, StringComparison.Ordinal))
        {
            return null;
        }

        var old = committed.Split('\n');
        var now = generated.Split('\n');
        var line = 0;
        while (line < old.Length && line < now.Length && old[line] == now[line])
        {
            line++;
        }

        var was = line < old.Length ? old[line] : "(end of file)";
        var want = line < now.Length ? now[line] : "(end of file)";
        return $"line {line + 1} is \"{was.Trim()}\" but the schema gives \"{want.Trim()}\"";
    }

    /// <summary>
    /// Asserts the committed file is current; with <paramref name="updateVariable"/>=1 in the environment it is
    /// rewritten first (review the diff before committing).
    /// </summary>
    public static void AssertCurrent(string path, string generated, string updateVariable, string regenerate)
    {
        if (Environment.GetEnvironmentVariable(updateVariable) == "1")
        {
            File.WriteAllText(path, generated);
        }

        File.Exists(path).ShouldBeTrue($"missing {path}; {regenerate}");
        var drift = Describe(File.ReadAllText(path), generated);
        drift.ShouldBeNull($"{Path.GetFileName(path)} is stale ({drift}); {regenerate}");
    }
}
