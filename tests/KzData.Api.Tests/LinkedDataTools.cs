using System.Security.Cryptography;

namespace KzData.Api.Tests;

/// <summary>
/// The pinned JSON-LD processor of <c>tests/linkeddata</c> (jsonld.js), installed with <c>npm ci</c> from the committed
/// lock file on first use (a marker holding the lock file's hash says the install finished), and its script
/// <c>expand.mjs</c>, which expands documents offline with the contexts committed in <c>tests/linkeddata/contexts</c>.
/// </summary>
internal static class LinkedDataTools
{
    private static readonly SemaphoreSlim InProcess = new(1, 1);

    public static string Directory => Path.Combine(ContractTools.RepositoryRoot, "tests", "linkeddata");

    public static async Task EnsureInstalledAsync()
    {
        var marker = Path.Combine(Directory, "node_modules", ".kzdata-installed");
        var expected = Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(Directory, "package-lock.json"))));
        await InProcess.WaitAsync();
        try
        {
            if (File.Exists(marker) && await File.ReadAllTextAsync(marker) == expected)
            {
                return;
            }

            await using var fileLock = await LockAsync(Path.Combine(Directory, ".npm-install.lock"));
            if (File.Exists(marker) && await File.ReadAllTextAsync(marker) == expected)
            {
                return;
            }

            var install = await ExternalProcess.RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--ignore-scripts"], Directory, TimeSpan.FromMinutes(5), notFound: "The linked-data tests need Node 20+ and npm on PATH.");
            install.ExitCode.ShouldBe(0, $"npm ci in {Directory} failed:\n{install.Combined}");
            await File.WriteAllTextAsync(marker, expected);
        }
        finally
        {
            InProcess.Release();
        }
    }

    /// <summary>Expands each document with jsonld.js and returns its RDF quads: subject, predicate, object, object kind, datatype.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<Quad>>> ToRdfAsync(IReadOnlyList<string> documents)
    {
        var run = await ExpandAsync(documents);
        run.ExitCode.ShouldBe(0, run.Combined);
        return JsonDocument.Parse(run.Output).RootElement.EnumerateArray()
            .Select(d => (IReadOnlyList<Quad>)d.GetProperty("quads").EnumerateArray()
                .Select(q => new Quad(q[0].GetString()!, q[1].GetString()!, q[2].GetString()!, q[3].GetString()!, q[4].GetString()))
                .ToList())
            .ToList();
    }

    /// <summary>Runs expand.mjs over the documents (written to a temporary directory) and returns what it printed.</summary>
    public static async Task<ProcessResult> ExpandAsync(IReadOnlyList<string> documents)
    {
        await EnsureInstalledAsync();
        var work = System.IO.Directory.CreateTempSubdirectory("kzdata-jsonld-");
        try
        {
            var files = new List<string>();
            for (var i = 0; i < documents.Count; i++)
            {
                var file = Path.Combine(work.FullName, $"{i}.jsonld");
                await File.WriteAllTextAsync(file, documents[i]);
                files.Add(file);
            }

            return await ExternalProcess.RunAsync("node", ["expand.mjs", .. files], Directory, TimeSpan.FromMinutes(2), notFound: "The linked-data tests need Node 20+ on PATH.");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task<FileStream> LockAsync(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 600)
            {
                await Task.Delay(500);
            }
        }
    }
}

/// <summary>One RDF statement as jsonld.js gives it.</summary>
internal sealed record Quad(string Subject, string Predicate, string Object, string ObjectKind, string? Datatype);
