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
            ["/api/v1/facts", "/api/v1/facts/{id}", "/api/v1/facts/{id}/annotations", "/api/v1/entities", "/api/v1/entities/{id}", "/api/v1/entities/{id}/facts", "/api/v1/entities/{id}/claims", "/api/v1/sources", "/api/v1/sources/{id}", "/api/v1/sources/{id}/facts", "/api/v1/sources/{id}/text", "/api/v1/sources/{id}/coverage", "/api/v1/topics", "/api/v1/vocabularies", "/api/v1/dataset", "/api/v1/health", "/api/v1/evidence", "/api/v1/fact-entities", "/api/v1/datapackage.json"],
            ignoreOrder: true);
        foreach (var (path, item) in paths)
        {
            item!.AsObject().Select(o => o.Key).ShouldBe(["get"], $"{path} lists only GET (HEAD is implied)");
            var operation = item["get"]!;
            operation["summary"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace(path);
            operation["description"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace(path);
            operation["operationId"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace(path);
            operation["tags"]!.AsArray().Count.ShouldBe(1, path);
            foreach (var parameter in (operation["parameters"]?.AsArray() ?? []).Select(p => p!.Resolve(document)))
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

            if (operation["parameters"]?.AsArray().Any(p => p!["name"]?.GetValue<string>() == "page") == true)
            {
                responses.ShouldContain(r => r.Key == "400", path);
            }
        }

        document["components"]!["schemas"]!["Topic"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldContain("domestic-politics");
        document["servers"]!.AsArray().Select(s => s!["url"]!.GetValue<string>()).ShouldBe(["/"], "a relative server: the document does not depend on the host that served it");
    }

    [Fact]
    public async Task Each_kind_parameter_refers_to_its_own_vocabulary_component()
    {
        var document = await Document();

        // Same parameter name, different vocabularies: the schema follows the query record, not the name.
        ParameterItems(document, "/api/v1/facts", "kind")["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/ClaimKind");
        ParameterItems(document, "/api/v1/entities", "kind")["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/EntityKind");
        ParameterItems(document, "/api/v1/facts", "topic")["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/Topic");
    }

    [Fact]
    public async Task Every_vocabulary_is_one_component_and_nothing_inlines_its_values()
    {
        var document = await Document();
        var schemas = document["components"]!["schemas"]!;
        var vocabularyValues = Vocabularies.All.Select(v => v.Terms.Select(t => t.Name).ToHashSet()).ToList();

        foreach (var vocabulary in Vocabularies.All)
        {
            schemas[vocabulary.EnumType.Name].ShouldNotBeNull(vocabulary.Name);
        }

        // Body properties refer to the components too (FactDto.kind is nullable: oneOf null or the reference).
        Refs(schemas["FactDto"]!["properties"]!["topic"]!).ShouldBe(["#/components/schemas/Topic"]);
        Refs(schemas["FactDto"]!["properties"]!["kind"]!).ShouldBe(["#/components/schemas/ClaimKind"]);
        Refs(schemas["EntityDto"]!["properties"]!["kind"]!).ShouldBe(["#/components/schemas/EntityKind"]);
        Refs(schemas["SourceDto"]!["properties"]!["textQuality"]!).ShouldBe(["#/components/schemas/TextQuality"]);
        Refs(schemas["QuantityDto"]!["properties"]!["bound"]!).ShouldBe(["#/components/schemas/QuantityBound"]);

        // Any other enum in the document (e.g. sort) is not a copy of a vocabulary.
        foreach (var (path, values) in Enums(document).Where(e => !Vocabularies.All.Any(v => e.Path == $"components.schemas.{v.EnumType.Name}")))
        {
            vocabularyValues.ShouldNotContain(v => v.SetEquals(values), path);
        }
    }

    [Fact]
    public async Task Enum_components_equal_the_vocabularies_and_a_drifted_document_fails_the_check()
    {
        var document = await Document();

        VocabularyDrift(document).ShouldBeEmpty();

        // The same check on a document with one value dropped: it must notice.
        var drifted = document.DeepClone();
        var values = drifted["components"]!["schemas"]!["ClaimKind"]!["enum"]!.AsArray();
        values.RemoveAt(values.Count - 1);
        VocabularyDrift(drifted).ShouldHaveSingleItem().ShouldStartWith("ClaimKind");
    }

    [Fact]
    public async Task Id_and_date_parameters_use_the_patterns_of_the_fact_file_schema()
    {
        var document = await Document();
        var factSchema = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot, "src", "KzData", "facts.schema.json")))!;
        var idPattern = factSchema["definitions"]!["id"]!["pattern"]!.GetValue<string>();
        var datePattern = factSchema["definitions"]!["date"]!["anyOf"]![0]!["pattern"]!.GetValue<string>();

        Parameter(document, "/api/v1/facts/{id}", "id")["schema"]!["pattern"]!.GetValue<string>().ShouldBe(idPattern);
        Parameter(document, "/api/v1/facts", "claimant")["schema"]!["pattern"]!.GetValue<string>().ShouldBe(idPattern);
        ParameterItems(document, "/api/v1/facts", "entity")["pattern"]!.GetValue<string>().ShouldBe(idPattern);
        Parameter(document, "/api/v1/facts", "from")["schema"]!["pattern"]!.GetValue<string>().ShouldBe(datePattern);
    }

    [Fact]
    public async Task Every_parameter_schema_says_what_its_text_must_be()
    {
        // Parameters are bound as text; a bare {"type": "string"} means a query record property or route
        // parameter lacks its ParameterSchemaAttribute.
        var document = await Document();

        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var parameter in (item!["get"]!["parameters"]?.AsArray() ?? []).Select(p => p!.Resolve(document)))
            {
                var schema = parameter!["schema"]!;
                var one = schema["items"] ?? schema;
                var constrained = one["$ref"] is not null || one["pattern"] is not null || one["enum"] is not null || one["maxLength"] is not null
                    || one["type"]?.GetValue<string>() is "integer" or "boolean";
                constrained.ShouldBeTrue($"{path} {parameter["name"]}: {schema.ToJsonString()}");
            }
        }
    }

    [Fact]
    public async Task Paging_parameters_are_integers_with_their_bounds_on_every_list()
    {
        var document = await Document();

        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            if (item!["get"]!["parameters"]?.AsArray().Any(p => p!["name"]?.GetValue<string>() == "page") != true)
            {
                continue;
            }

            var size = Parameter(document, path, "pageSize")["schema"]!;
            size["type"]!.GetValue<string>().ShouldBe("integer", path);
            size["minimum"]!.GetValue<int>().ShouldBe(1, path);
            size["maximum"]!.GetValue<int>().ShouldBe(Queries.PageQuery.MaxPageSize, path);
            size["default"]!.GetValue<int>().ShouldBe(Queries.PageQuery.DefaultPageSize, path);
            var page = Parameter(document, path, "page")["schema"]!;
            page["type"]!.GetValue<string>().ShouldBe("integer", path);
            page["minimum"]!.GetValue<int>().ShouldBe(1, path);
            page["maximum"]!.GetValue<int>().ShouldBe(Queries.PageQuery.MaxPage, path);
        }
    }

    private static string RepositoryRoot => Path.GetDirectoryName(CommittedPath)!;

    private async Task<JsonNode> Document() => JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;

    private static JsonNode Parameter(JsonNode document, string path, string name) =>
        document["paths"]![path]!["get"]!["parameters"]!.AsArray().Single(p => p!["name"]?.GetValue<string>() == name)!;

    private static JsonNode ParameterItems(JsonNode document, string path, string name)
    {
        var schema = Parameter(document, path, name)["schema"]!;
        schema["type"]!.GetValue<string>().ShouldBe("array", $"{path} {name} is repeatable");
        return schema["items"]!;
    }

    /// <summary>Every $ref in a schema and its oneOf/anyOf branches.</summary>
    private static List<string> Refs(JsonNode schema) =>
        [.. new[] { schema }.Concat(schema["oneOf"]?.AsArray() ?? []).Concat(schema["anyOf"]?.AsArray() ?? [])
            .Select(s => s?["$ref"]?.GetValue<string>()).OfType<string>()];

    /// <summary>Every "enum" in the document, by dotted path.</summary>
    private static IEnumerable<(string Path, HashSet<string> Values)> Enums(JsonNode node, string path = "")
    {
        if (node is JsonObject obj)
        {
            foreach (var (key, child) in obj)
            {
                var childPath = path.Length == 0 ? key : $"{path}.{key}";
                if (key == "enum" && child is JsonArray values)
                {
                    yield return (path, values.Select(v => v?.ToString() ?? "null").ToHashSet());
                }
                else if (child is not null)
                {
                    foreach (var found in Enums(child, childPath))
                    {
                        yield return found;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is { } child)
                {
                    foreach (var found in Enums(child, $"{path}[{i}]"))
                    {
                        yield return found;
                    }
                }
            }
        }
    }

    /// <summary>Each vocabulary whose component is missing or whose values are not exactly its terms, in order.</summary>
    private static List<string> VocabularyDrift(JsonNode document)
    {
        var drift = new List<string>();
        foreach (var vocabulary in Vocabularies.All)
        {
            var component = document["components"]!["schemas"]![vocabulary.EnumType.Name];
            var values = component?["enum"]?.AsArray().Select(v => v?.ToString()).ToList() ?? [];
            var terms = vocabulary.Terms.Select(t => t.Name).ToList();
            if (component?["type"]?.GetValue<string>() != "string" || !values.SequenceEqual(terms))
            {
                drift.Add($"{vocabulary.EnumType.Name}: [{string.Join(", ", values)}] but the vocabulary {vocabulary.Name} has [{string.Join(", ", terms)}]");
            }
        }

        return drift;
    }
}
