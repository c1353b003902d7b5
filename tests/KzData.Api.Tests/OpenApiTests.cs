using System.Text.Json.Nodes;

namespace KzData.Api.Tests;

/// <summary>The committed openapi.json is what the app serves, and it documents everything.</summary>
public sealed class OpenApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string CommittedPath = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "openapi.json"));

    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task The_committed_openapi_json_matches_the_served_document()
    {
        var served = (await client.GetStringAsync("/openapi/v1.json")).ReplaceLineEndings("\n").TrimEnd() + "\n";
        if (Environment.GetEnvironmentVariable("KZDATA_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(CommittedPath, served);
        }

        File.Exists(CommittedPath).ShouldBeTrue($"{CommittedPath} is missing; regenerate it with: KZDATA_UPDATE_OPENAPI=1 dotnet test --filter OpenApi");
        (await File.ReadAllTextAsync(CommittedPath)).ShouldBe(served, "openapi.json is stale; regenerate it with: KZDATA_UPDATE_OPENAPI=1 dotnet test --filter OpenApi");
    }

    [Fact]
    public async Task Every_operation_parameter_and_response_is_described()
    {
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var paths = document["paths"]!.AsObject();

        paths.Select(p => p.Key).ShouldBe(
            ["/api/v1/facts", "/api/v1/facts/{id}", "/api/v1/entities", "/api/v1/entities/{id}", "/api/v1/entities/{id}/facts", "/api/v1/sources", "/api/v1/sources/{id}", "/api/v1/sources/{id}/facts", "/api/v1/sources/{id}/text", "/api/v1/topics", "/api/v1/vocabularies", "/api/v1/dataset", "/api/v1/health"],
            ignoreOrder: true);
        foreach (var (path, item) in paths)
        {
            item!.AsObject().Select(o => o.Key).ShouldBe(["get"], $"{path} lists only GET (HEAD is implied)");
            var operation = item["get"]!;
            operation["summary"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace(path);
            operation["description"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace(path);
            operation["operationId"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace(path);
            operation["tags"]!.AsArray().Count.ShouldBe(1, path);
            foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
            {
                parameter!["description"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace($"{path} {parameter["name"]}");
                if (parameter["in"]!.GetValue<string>() == "query")
                {
                    (parameter["required"]?.GetValue<bool>() ?? false).ShouldBeFalse($"{path} {parameter["name"]} is optional");
                }
            }

            var responses = operation["responses"]!.AsObject();
            responses.ShouldContain(r => r.Key == "200", path);
            foreach (var (status, response) in responses)
            {
                response!["description"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace($"{path} {status}");
            }

            if (path.Contains("{id}", StringComparison.Ordinal))
            {
                responses.ShouldContain(r => r.Key == "404", path);
            }

            if (operation["parameters"]?.AsArray().Any(p => p!["name"]!.GetValue<string>() == "page") == true)
            {
                responses.ShouldContain(r => r.Key == "400", path);
            }
        }

        document["components"]!["schemas"]!["Topic"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldContain("domestic-politics");
        document["servers"].ShouldBeNull();
    }
}
