using KzData.Cli.Tests.Infrastructure;

namespace KzData.Cli.Tests;

/// <summary><c>kzdata check --watch</c> checks again after each save, once the saves settle, until cancelled.</summary>
public sealed class WatchTests
{
    [Fact]
    public async Task A_save_is_checked_again_and_cancel_stops_the_watch()
    {
        using var repo = new RealRepo();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var error = new SharedWriter();
        var output = new SharedWriter();
        var watching = Cli.RunAsync(["check", repo.FactsPath, "--watch"], output.Writer, error.Writer, cancel.Token);

        await Until(() => error.Text.Contains("watching"), cancel.Token);
        error.Text.ShouldContain("no KZ errors or warnings");

        // Two quick saves, as an editor may make: the last one is checked once they settle.
        await File.WriteAllTextAsync(repo.FactsPath, Mistakes.MisspelledEntity.Apply(RealRepo.RealYaml), cancel.Token);
        await File.WriteAllTextAsync(repo.FactsPath, Mistakes.ImpossibleDate.Apply(RealRepo.RealYaml), cancel.Token);
        await Until(() => output.Text.Contains("KZ1006"), cancel.Token);

        await File.WriteAllTextAsync(repo.FactsPath, RealRepo.RealYaml, cancel.Token);
        await Until(() => Count(error.Text, "no KZ errors or warnings") >= 2, cancel.Token);

        await cancel.CancelAsync();
        (await watching).ShouldBe(0);
    }

    /// <summary>A writer the watcher's thread writes to while the test reads it.</summary>
    private sealed class SharedWriter
    {
        private readonly StringWriter inner = new() { NewLine = "\n" };

        public SharedWriter() => Writer = TextWriter.Synchronized(inner);

        public TextWriter Writer { get; }

        public string Text
        {
            get
            {
                lock (Writer)
                {
                    return inner.ToString();
                }
            }
        }
    }

    private static int Count(string text, string value) => (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;

    private static async Task Until(Func<bool> condition, CancellationToken cancellationToken)
    {
        while (!condition())
        {
            await Task.Delay(25, cancellationToken);
        }
    }
}
