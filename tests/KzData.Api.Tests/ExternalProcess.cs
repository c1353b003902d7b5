using System.Diagnostics;

namespace KzData.Api.Tests;

/// <summary>What an outside tool printed: standard output and error apart, and both together in the order printed.</summary>
internal sealed record ProcessResult(int ExitCode, string Output, string Error, string Combined, TimeSpan Elapsed);

/// <summary>
/// Runs an outside tool the tests rely on (npm and the pinned Node linters, the dotnet host, Kiota): arguments as a
/// list (no shell quoting), output captured as it comes, and a timeout that kills the whole process tree and says
/// what had been printed so far.
/// </summary>
internal static class ExternalProcess
{
    /// <param name="file">The program.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="workingDirectory">Where it runs.</param>
    /// <param name="timeout">How long it may take.</param>
    /// <param name="environment">Changes to the inherited environment: a null value removes the variable.</param>
    /// <param name="notFound">What to say when the program cannot be started (what must be installed).</param>
    public static async Task<ProcessResult> RunAsync(
        string file,
        IEnumerable<string> arguments,
        string workingDirectory,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string?>? environment = null,
        string? notFound = null)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var argumentList = arguments.ToList();
        argumentList.ForEach(start.ArgumentList.Add);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var output = new List<string>();
        var error = new List<string>();
        var combined = new List<string>();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Collect(e.Data, output, combined);
        process.ErrorDataReceived += (_, e) => Collect(e.Data, error, combined);
        var stopwatch = Stopwatch.StartNew();
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"could not start {file}: {e.Message}. {notFound}", e);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', argumentList)} took longer than {timeout}:\n{Join(combined)}");
        }

        process.WaitForExit(); // the last output lines
        return new ProcessResult(process.ExitCode, Join(output), Join(error), Join(combined), stopwatch.Elapsed);
    }

    private static void Collect(string? line, List<string> stream, List<string> combined)
    {
        if (line is null)
        {
            return;
        }

        lock (combined)
        {
            stream.Add(line);
            combined.Add(line);
        }
    }

    private static string Join(List<string> lines)
    {
        lock (lines)
        {
            return string.Join('\n', lines);
        }
    }
}
