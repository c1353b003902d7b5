using System.Globalization;
using System.Threading.Channels;

namespace KzData.Cli.Engine;

/// <summary>Re-runs a check whenever the fact file or a seed article is saved, once the saves settle.</summary>
internal static class CheckWatcher
{
    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(200);

    /// <summary>Runs <paramref name="check"/> now and after each burst of saves until cancelled; returns the last check's exit code.</summary>
    public static async Task<int> RunAsync(Workspace workspace, Func<int> check, TextWriter log, TimeSpan debounce, CancellationToken cancellationToken)
    {
        var last = check();
        var changes = Channel.CreateUnbounded<string>();
        var factsDirectory = Path.GetDirectoryName(workspace.FactsPath)!;
        var factsName = Path.GetFileName(workspace.FactsPath);

        // Watch directories, not files: editors often save by writing a temporary file and renaming it.
        using var factsWatcher = new FileSystemWatcher(factsDirectory);
        using var seedsWatcher = new FileSystemWatcher(workspace.SeedsDirectory);
        void OnFacts(object? sender, FileSystemEventArgs e)
        {
            if (string.Equals(e.Name, factsName, StringComparison.Ordinal))
            {
                changes.Writer.TryWrite(e.FullPath);
            }
        }

        void OnSeed(object? sender, FileSystemEventArgs e)
        {
            if (e.Name is not null && e.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            {
                changes.Writer.TryWrite(e.FullPath);
            }
        }

        foreach (var (watcher, handler) in new[] { (factsWatcher, (FileSystemEventHandler)OnFacts), (seedsWatcher, OnSeed) })
        {
            watcher.NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size;
            watcher.Changed += handler;
            watcher.Created += handler;
            watcher.Deleted += handler;
            watcher.Renamed += (sender, e) => handler(sender, e);
            watcher.EnableRaisingEvents = true;
        }

        log.WriteLine($"watching {workspace.DisplayPath} and {workspace.SeedsDirectory}; Ctrl+C to stop");
        log.Flush();
        try
        {
            while (true)
            {
                var changed = await changes.Reader.ReadAsync(cancellationToken);
                while (await Settled(changes.Reader, debounce, cancellationToken) is { } later)
                {
                    changed = later;
                }

                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{DateTime.Now:HH:mm:ss}] {Path.GetFileName(changed)} changed"));
                last = check();
                log.Flush();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return last;
        }
    }

    /// <summary>The next change within <paramref name="debounce"/>, or null once quiet.</summary>
    private static async Task<string?> Settled(ChannelReader<string> reader, TimeSpan debounce, CancellationToken cancellationToken)
    {
        using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        quiet.CancelAfter(debounce);
        try
        {
            return await reader.ReadAsync(quiet.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }
}
