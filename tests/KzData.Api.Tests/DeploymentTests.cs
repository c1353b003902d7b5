using System.Diagnostics;
using System.Net.Sockets;

namespace KzData.Api.Tests;

/// <summary>
/// Issue 14: the app's content root is its own folder, not the working directory. The API's own build output,
/// started as a process from an unrelated folder in Production, must find its appsettings.json and serve the explorer.
/// </summary>
public sealed class DeploymentTests
{
    [Fact]
    public async Task The_build_output_started_from_another_folder_serves_the_explorer_and_reads_its_settings()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<Configuration>/net10.0/
        var api = Path.Combine(ContractTools.RepositoryRoot, "src", "KzData.Api", "bin", configuration, "net10.0", "KzData.Api.dll");
        File.Exists(api).ShouldBeTrue(api);
        var elsewhere = Directory.CreateTempSubdirectory("kzdata-cwd-");
        var port = FreePort();

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = elsewhere.FullName, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(api);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ASPNETCORE_CONTENTROOT");
        start.Environment.Remove("DOTNET_CONTENTROOT");
        var output = new System.Text.StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitForHealth(client, process, output);

            using var page = await client.GetAsync("/");
            page.StatusCode.ShouldBe(HttpStatusCode.OK, "the explorer's index.html, found from another working directory");
            (await page.Content.ReadAsStringAsync()).ShouldContain("<script", Case.Insensitive);
            (await client.GetAsync("/api/v1/dataset")).StatusCode.ShouldBe(HttpStatusCode.OK);

            // appsettings.json sets Microsoft.AspNetCore to Warning; without it the host logs each request at Information.
            await Task.Delay(500);
            lock (output)
            {
                output.ToString().ShouldNotContain("Request starting", customMessage: "appsettings.json was not read:\n" + output);
                output.ToString().ShouldNotContain("WebRootPath was not found");
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            elsewhere.Delete(recursive: true);
        }
    }

    private static async Task WaitForHealth(HttpClient client, Process process, System.Text.StringBuilder output)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            process.HasExited.ShouldBeFalse($"the API exited:\n{output}");
            try
            {
                using var health = await client.GetAsync("/health");
                if (health.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"the API did not answer /health within a minute:\n{output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
