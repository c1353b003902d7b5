using System.Diagnostics;
using System.Security.Cryptography;

namespace KzData.Api.Tests;

/// <summary>
/// The pinned Node tools of <c>tests/contract</c> (Redocly, Spectral, openapi-typescript, TypeScript), installed
/// with <c>npm ci</c> from the committed lock file on first use. Safe when several test processes start at once:
/// one installs under an exclusive file lock while the others wait, and a marker holding the lock file's hash
/// says the install finished (a half-finished install is redone).
/// </summary>
internal static class ContractTools
{
    private static readonly SemaphoreSlim InProcess = new(1, 1);

    /// <summary>The repository root.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>tests/contract: package.json, package-lock.json, the lint configs and the TypeScript usage file.</summary>
    public static string Directory => Path.Combine(RepositoryRoot, "tests", "contract");

    /// <summary>The committed openapi.json.</summary>
    public static string OpenApiJson => Path.Combine(RepositoryRoot, "openapi.json");

    /// <summary>Runs <c>npm ci</c> unless the tools of the current lock file are installed.</summary>
    public static Task EnsureInstalledAsync() => EnsureInstalledAsync(Directory);

    /// <summary>Runs <c>npm ci</c> in <paramref name="directory"/> (a folder of tests/ with a committed lock file) unless its current lock file is installed.</summary>
    public static async Task EnsureInstalledAsync(string directory)
    {
        var marker = Path.Combine(directory, "node_modules", ".kzdata-installed");
        var expected = Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(directory, "package-lock.json"))));
        if (File.Exists(marker) && await File.ReadAllTextAsync(marker) == expected)
        {
            return;
        }

        await InProcess.WaitAsync();
        try
        {
            // Another process may be installing: .NET takes an flock for FileShare.None, so this waits for it.
            await using var fileLock = await LockAsync(Path.Combine(directory, ".npm-install.lock"));
            if (File.Exists(marker) && await File.ReadAllTextAsync(marker) == expected)
            {
                return;
            }

            var install = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--ignore-scripts"], directory, TimeSpan.FromMinutes(10));
            install.ExitCode.ShouldBe(0, $"npm ci in {directory} failed (Node 20+ and npm must be installed and reach the npm registry):\n{install.Output}");
            await File.WriteAllTextAsync(marker, expected);
        }
        finally
        {
            InProcess.Release();
        }
    }

    /// <summary>Runs a tool from tests/contract/node_modules/.bin.</summary>
    public static Task<(int ExitCode, string Output, string Error)> ToolAsync(string tool, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var bin = Path.Combine(Directory, "node_modules", ".bin", OperatingSystem.IsWindows() ? tool + ".cmd" : tool);
        return RunAsync(bin, arguments, workingDirectory ?? Directory, TimeSpan.FromMinutes(3));
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string file, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        // No telemetry, update checks or colour codes in what the tests parse.
        var result = await ExternalProcess.RunAsync(file, arguments, workingDirectory, timeout, Quiet, "The contract tests need Node 20+ and npm on PATH.");
        return (result.ExitCode, result.Output, result.Error);
    }

    private static readonly Dictionary<string, string?> Quiet = new()
    {
        ["REDOCLY_TELEMETRY"] = "off",
        ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true",
        ["NO_COLOR"] = "1",
        ["FORCE_COLOR"] = "0",
        ["NO_UPDATE_NOTIFIER"] = "1",
    };

    private static async Task<FileStream> LockAsync(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 1200)
            {
                await Task.Delay(500);
            }
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KzData.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no KzData.sln above {AppContext.BaseDirectory}");
    }
}
