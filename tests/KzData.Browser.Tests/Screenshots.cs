namespace KzData.Browser.Tests;

/// <summary>
/// Screenshots are test artifacts under the test output directory (screenshots/). With
/// KZDATA_UPDATE_SCREENSHOTS=1 they are also copied to docs/screenshots/, which the README shows.
/// </summary>
internal static class Screenshots
{
    public static readonly string ArtifactDirectory = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task SaveAsync(IPage page, string fileName, bool committed = false)
    {
        Directory.CreateDirectory(ArtifactDirectory);
        var path = Path.Combine(ArtifactDirectory, fileName);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        new FileInfo(path).Length.ShouldBeGreaterThan(1000, $"{fileName} is empty");

        if (committed && Environment.GetEnvironmentVariable("KZDATA_UPDATE_SCREENSHOTS") == "1")
        {
            var docs = Path.Combine(RepositoryRoot(), "docs", "screenshots");
            Directory.CreateDirectory(docs);
            File.Copy(path, Path.Combine(docs, fileName), overwrite: true);
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KzData.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"KzData.sln not found above {AppContext.BaseDirectory}");
    }
}
