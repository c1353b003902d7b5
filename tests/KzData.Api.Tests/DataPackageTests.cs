using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using nietras.SeparatedValues;

namespace KzData.Api.Tests;

/// <summary>
/// GET /api/v1/datapackage.json judged by an independent Frictionless implementation (the npm <c>datapackage</c>
/// library, pinned in tests/datapackage/package-lock.json), which fetches every CSV from the real app on a
/// loopback Kestrel socket and checks types, constraints, primary keys and foreign keys; and a package with one
/// broken foreign key, which it must refuse.
/// </summary>
public sealed class DataPackageTests : IAsyncLifetime
{
    private static string ValidatorDirectory => Path.Combine(ContractTools.RepositoryRoot, "tests", "datapackage");

    private readonly WebApplicationFactory<Program> factory = new();
    private HttpClient client = null!;
    private Uri baseAddress = null!;

    public async Task InitializeAsync()
    {
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        baseAddress = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        client = new HttpClient { BaseAddress = baseAddress };
        await ContractTools.EnsureInstalledAsync(ValidatorDirectory);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    [Fact]
    public async Task The_package_passes_the_frictionless_validator_with_its_foreign_keys()
    {
        var (valid, errors, resources) = await Validate(new Uri(baseAddress, "/api/v1/datapackage.json").ToString());

        errors.ShouldBeEmpty();
        valid.ShouldBeTrue();
        var dataset = await client.GetJson("/api/v1/dataset");
        resources.ShouldBe(
            new Dictionary<string, int>
            {
                ["entities"] = dataset.GetProperty("counts").GetProperty("entities").GetInt32(),
                ["sources"] = dataset.GetProperty("counts").GetProperty("sources").GetInt32(),
                ["facts"] = dataset.GetProperty("counts").GetProperty("facts").GetInt32(),
                ["evidence"] = (await client.GetJson("/api/v1/evidence?pageSize=1")).GetProperty("total").GetInt32(),
                ["fact-entities"] = (await client.GetJson("/api/v1/fact-entities?pageSize=1")).GetProperty("total").GetInt32(),
            },
            ignoreOrder: true);
    }

    [Fact]
    public async Task A_broken_foreign_key_is_caught_by_the_validator()
    {
        var (folder, descriptor) = await LocalCopy();
        try
        {
            // The first evidence row now cites a fact that does not exist.
            var evidence = await client.GetStringAsync("/api/v1/evidence?format=csv");
            var lines = evidence.Split("\r\n");
            lines[1] = "no-such-fact" + lines[1][lines[1].IndexOf(',', StringComparison.Ordinal)..];
            await File.WriteAllTextAsync(Path.Combine(folder, "evidence.csv"), string.Join("\r\n", lines));
            Resource(descriptor, "evidence")["path"] = "evidence.csv";
            await File.WriteAllTextAsync(Path.Combine(folder, "datapackage.json"), descriptor.ToJsonString());

            var (valid, errors, _) = await Validate(Path.Combine(folder, "datapackage.json"));

            valid.ShouldBeFalse();
            errors.ShouldContain(e => e.StartsWith("evidence:", StringComparison.Ordinal) && e.Contains("Foreign key \"factId\"", StringComparison.Ordinal) && e.Contains("row 2", StringComparison.Ordinal), string.Join("\n", errors));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_same_package_with_every_table_read_back_from_the_api_passes_so_the_negative_test_breaks_only_the_key()
    {
        var (folder, descriptor) = await LocalCopy();
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "evidence.csv"), await client.GetStringAsync("/api/v1/evidence?format=csv"));
            Resource(descriptor, "evidence")["path"] = "evidence.csv";
            await File.WriteAllTextAsync(Path.Combine(folder, "datapackage.json"), descriptor.ToJsonString());

            var (valid, errors, _) = await Validate(Path.Combine(folder, "datapackage.json"));

            errors.ShouldBeEmpty();
            valid.ShouldBeTrue();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_package_is_the_dataset_version_and_each_schema_is_its_csv_header()
    {
        var package = JsonNode.Parse(await client.GetStringAsync("/api/v1/datapackage.json"))!;

        package["version"]!.GetValue<string>().ShouldBe(Dataset.Version);
        package["profile"]!.GetValue<string>().ShouldBe("tabular-data-package");
        package["licenses"]!.AsArray().ShouldNotBeEmpty();
        foreach (var resource in package["resources"]!.AsArray())
        {
            var path = resource!["path"]!.GetValue<string>();
            Uri.IsWellFormedUriString(path, UriKind.Relative).ShouldBeTrue(path);
            using var response = await client.GetAsync(new Uri(new Uri(baseAddress, "/api/v1/datapackage.json"), path));
            response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
            response.Content.Headers.ContentType!.MediaType.ShouldBe(resource["mediatype"]!.GetValue<string>());
            using var reader = Sep.New(',').Reader().FromText(await response.Content.ReadAsStringAsync());
            reader.Header.ColNames.ShouldBe(resource["schema"]!["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()).ToArray(), path);
        }
    }

    /// <summary>The served descriptor with every resource at its absolute URL, in a fresh temporary folder.</summary>
    private async Task<(string Folder, JsonNode Descriptor)> LocalCopy()
    {
        var folder = Directory.CreateTempSubdirectory("kzdata-datapackage-").FullName;
        var descriptorUrl = new Uri(baseAddress, "/api/v1/datapackage.json");
        var descriptor = JsonNode.Parse(await client.GetStringAsync(descriptorUrl))!;
        foreach (var resource in descriptor["resources"]!.AsArray())
        {
            resource!["path"] = new Uri(descriptorUrl, resource["path"]!.GetValue<string>()).ToString();
        }

        return (folder, descriptor);
    }

    private static JsonNode Resource(JsonNode descriptor, string name) =>
        descriptor["resources"]!.AsArray().Single(r => r!["name"]!.GetValue<string>() == name)!;

    private static async Task<(bool Valid, List<string> Errors, Dictionary<string, int> Resources)> Validate(string descriptor)
    {
        var run = await ExternalProcess.RunAsync("node", ["validate.js", descriptor], ValidatorDirectory, TimeSpan.FromMinutes(2), notFound: "The Data Package test needs Node 20+ on PATH.");
        var result = JsonNode.Parse(run.Output.Trim().Split('\n')[^1]) ?? throw new InvalidOperationException($"validate.js printed no JSON: {run.Combined}");
        var valid = result["valid"]!.GetValue<bool>();
        run.ExitCode.ShouldBe(valid ? 0 : 1, run.Combined);
        return (
            valid,
            [.. result["errors"]!.AsArray().Select(e => e!.GetValue<string>())],
            result["resources"]!.AsObject().ToDictionary(r => r.Key, r => r.Value!.GetValue<int>()));
    }
}
