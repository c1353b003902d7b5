using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace KzData.Api.Tests;

/// <summary>
/// The document says what the wire does: numbers typed as numbers, every status and header of every operation,
/// problem schemas that require what the server always sends and declare every member it sends, and response
/// bodies that conform to their schemas (types, patterns, enums, required members).
/// </summary>
public sealed class OpenApiContractTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    /// <summary>The response headers the document describes; any of them on the wire must be documented.</summary>
    private static readonly string[] TrackedHeaders = ["ETag", "Cache-Control", "Vary", "Link", "Retry-After", "Location", "Allow", "Access-Control-Allow-Origin"];

    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task No_schema_lets_a_number_be_a_string()
    {
        var document = await Document();

        NumbersAsStrings(document).ShouldBeEmpty();

        // The check notices the old typing.
        var loose = document.DeepClone();
        loose["components"]!["schemas"]!["EvidenceDto"]!["properties"]!["start"]!["type"] = new JsonArray("integer", "string");
        NumbersAsStrings(loose).ShouldBe(["components.schemas.EvidenceDto.properties.start"]);
    }

    [Fact]
    public async Task Every_operation_documents_its_statuses_headers_and_problem_bodies()
    {
        var document = await Document();

        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            var operation = item!["get"]!;
            var responses = operation["responses"]!.AsObject();
            var expected = new List<string> { "200", "304", "400", "405", "429", "500" };
            if (path.Contains("{id}", StringComparison.Ordinal))
            {
                expected.Add("404");
            }

            responses.Select(r => r.Key).ShouldBeSubsetOf(expected.Concat(["308", "410"]), path);
            expected.ShouldBeSubsetOf(responses.Select(r => r.Key), path);

            var isList = operation["parameters"]?.AsArray().Any(p => p!["name"]?.GetValue<string>() == "page") == true;
            // A list's 200 may be a CSV or NDJSON download, named in Content-Disposition.
            HeaderNames(responses["200"]!).ShouldBe(isList ? ["ETag", "Cache-Control", "Vary", "Link", "Access-Control-Allow-Origin", "Content-Disposition"] : ["ETag", "Cache-Control", "Vary", "Access-Control-Allow-Origin"], ignoreOrder: true, path);
            HeaderNames(responses["304"]!).ShouldBe(isList ? ["ETag", "Cache-Control", "Vary", "Link", "Access-Control-Allow-Origin"] : ["ETag", "Cache-Control", "Vary", "Access-Control-Allow-Origin"], ignoreOrder: true, path);
            HeaderNames(responses["429"]!).ShouldContain("Retry-After", path);
            HeaderNames(responses["405"]!).ShouldContain("Allow", path);
            if (responses["308"] is { } redirect)
            {
                HeaderNames(redirect).ShouldContain("Location", path);
            }

            foreach (var (status, response) in responses.Where(r => r.Key[0] is '4' or '5'))
            {
                var schema = response!["content"]!["application/problem+json"]!["schema"]!["$ref"]!.GetValue<string>();
                schema.ShouldBe(status switch
                {
                    "400" => "#/components/schemas/ValidationProblemDetails",
                    "404" => "#/components/schemas/UnknownIdProblemDetails",
                    "410" => "#/components/schemas/GoneProblemDto",
                    _ => "#/components/schemas/ProblemDetails",
                }, $"{path} {status}");
            }
        }

        foreach (var (name, header) in document["components"]!["headers"]!.AsObject())
        {
            header!["description"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace(name);
            (header["required"]?.GetValue<bool>() ?? false).ShouldBe(name is not ("Access-Control-Allow-Origin" or "Content-Disposition"), name);
        }
    }

    [Fact]
    public async Task Problem_schemas_require_title_status_and_trace_id_and_declare_the_extensions()
    {
        var schemas = (await Document())["components"]!["schemas"]!;

        // type is not required: the 429 has none (RFC 9457: absent means about:blank). The conformance tests
        // below fail if a problem the server sends lacks a required member or has an undeclared one.
        Required(schemas["ProblemDetails"]!).ShouldBe(["title", "status", "traceId"], ignoreOrder: true);
        schemas["ProblemDetails"]!["properties"]!["status"]!["type"]!.GetValue<string>().ShouldBe("integer");
        schemas["ProblemDetails"]!["properties"]!["detail"]!["x-ms-primary-error-message"]!.GetValue<bool>().ShouldBeTrue();

        var unknownId = schemas["UnknownIdProblemDetails"]!["allOf"]!.AsArray();
        unknownId[0]!["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/ProblemDetails");
        Required(unknownId[1]!).ShouldBe(["id"]);
        unknownId[1]!["properties"]!.AsObject().Select(p => p.Key).ShouldBe(["id", "suggestion"], ignoreOrder: true);

        var errors = schemas["ValidationProblemDetails"]!["allOf"]![1]!["properties"]!["errors"]!;
        errors["type"]!.GetValue<string>().ShouldBe("object");
        errors["additionalProperties"]!["type"]!.GetValue<string>().ShouldBe("array");
        errors["additionalProperties"]!["items"]!["type"]!.GetValue<string>().ShouldBe("string");

        schemas["HttpValidationProblemDetails"].ShouldBeNull("replaced by ValidationProblemDetails");
    }

    [Fact]
    public async Task The_sort_orders_are_one_component_with_a_member_name_for_each_value()
    {
        var document = await Document();
        var sort = document["components"]!["schemas"]!["FactSort"]!;
        var values = sort["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToList();

        values.ShouldBe(Queries.FactOrder.Values);
        var names = sort["x-enum-varnames"]!.AsArray().Select(v => v!.GetValue<string>()).ToList();
        names.Count.ShouldBe(values.Count);
        names.ShouldBeUnique();
        names.ShouldAllBe(n => Regex.IsMatch(n, "^[A-Z][A-Za-z0-9]*$"));
        names[values.IndexOf("-date")].ShouldBe("DateDescending");
        sort["x-enumNames"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldBe(names);
        sort["x-ms-enum"]!["values"]!.AsArray().Select(v => v!["name"]!.GetValue<string>()).ShouldBe(names);

        foreach (var path in new[] { "/api/v1/facts", "/api/v1/entities/{id}/facts", "/api/v1/entities/{id}/claims", "/api/v1/sources/{id}/facts" })
        {
            document["paths"]![path]!["get"]!["parameters"]!.AsArray().Single(p => p!["name"]?.GetValue<string>() == "sort")!["schema"]!["$ref"]!
                .GetValue<string>().ShouldBe("#/components/schemas/FactSort", path);
        }
    }

    [Fact]
    public async Task Response_dates_and_ids_carry_the_patterns_of_the_fact_file()
    {
        var schemas = (await Document())["components"]!["schemas"]!;

        foreach (var (schema, property) in new[] { ("FactDto", "date"), ("FactDto", "until"), ("FactDto", "asOf"), ("SourceDto", "published"), ("DatasetDto", "earliestDate"), ("DatasetDto", "latestDate") })
        {
            schemas[schema]!["properties"]![property]!["pattern"]!.GetValue<string>().ShouldBe(KzData.Common.PartialDateText.Pattern, $"{schema}.{property}");
        }

        foreach (var (schema, property) in new[] { ("FactDto", "id"), ("EntityDto", "id"), ("SourceDto", "id"), ("EntityRefDto", "id"), ("EvidenceDto", "sourceId") })
        {
            schemas[schema]!["properties"]![property]!["pattern"]!.GetValue<string>().ShouldBe(KzData.Common.Names.IdPattern, $"{schema}.{property}");
        }

        schemas["FactDto"]!["properties"]!["conflictsWith"]!["items"]!["pattern"]!.GetValue<string>().ShouldBe(KzData.Common.Names.IdPattern);
    }

    [Theory]
    [InlineData("/api/v1/facts?pageSize=200", "/api/v1/facts")]
    [InlineData("/api/v1/facts?pageSize=200&page=2", "/api/v1/facts")]
    [InlineData("/api/v1/facts/un-general-assembly-abstention", "/api/v1/facts/{id}")]
    [InlineData("/api/v1/entities?pageSize=200", "/api/v1/entities")]
    [InlineData("/api/v1/entities/kazakhstan", "/api/v1/entities/{id}")]
    [InlineData("/api/v1/entities/kazakhstan/facts?pageSize=200", "/api/v1/entities/{id}/facts")]
    [InlineData("/api/v1/sources?pageSize=200", "/api/v1/sources")]
    [InlineData("/api/v1/topics", "/api/v1/topics")]
    [InlineData("/api/v1/vocabularies", "/api/v1/vocabularies")]
    [InlineData("/api/v1/dataset", "/api/v1/dataset")]
    [InlineData("/api/v1/health", "/api/v1/health")]
    public async Task A_200_body_and_headers_conform_to_the_document(string url, string path)
    {
        var document = await Document();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Origin", "https://example.org");
        using var response = await client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);

        var operation = document["paths"]![path]!["get"]!;
        CheckHeaders(document, operation, response, url);
        var schema = operation["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;
        Conformance(document, schema, JsonNode.Parse(await response.Content.ReadAsStringAsync()), "$").ShouldBeEmpty(url);

        // And the 304 that revalidates it.
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, url);
        revalidate.Headers.Add("Origin", "https://example.org");
        revalidate.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var notModified = await client.SendAsync(revalidate);
        notModified.StatusCode.ShouldBe(HttpStatusCode.NotModified, url);
        CheckHeaders(document, operation, notModified, url);
    }

    [Theory]
    [InlineData("GET", "/api/v1/facts?topic=securty", "/api/v1/facts")]
    [InlineData("GET", "/api/v1/facts?page=1000001", "/api/v1/facts")]
    [InlineData("GET", "/api/v1/facts/un-general-assembly-abstentio", "/api/v1/facts/{id}")]
    [InlineData("GET", "/api/v1/entities/zzzzzzzzzzzzzzzz", "/api/v1/entities/{id}")]
    [InlineData("GET", "/api/v1/sources/nope/text", "/api/v1/sources/{id}/text")]
    [InlineData("POST", "/api/v1/facts", "/api/v1/facts")]
    [InlineData("DELETE", "/api/v1/topics", "/api/v1/topics")]
    public async Task A_problem_body_and_headers_conform_to_the_document(string method, string url, string path)
    {
        var document = await Document();
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        request.Headers.Add("Origin", "https://example.org");
        using var response = await client.SendAsync(request);

        await CheckProblem(document, path, response, url);
    }

    [Fact]
    public async Task Too_many_query_parameters_and_the_rate_limit_conform_to_the_document()
    {
        var document = await Document();
        var tooMany = "/api/v1/facts?" + string.Join("&", Enumerable.Range(0, 40).Select(i => $"topic=security&x{i}=1"));
        using (var response = await client.GetAsync(tooMany))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            await CheckProblem(document, "/api/v1/facts", response, "too many parameters");
        }

        using var limited = factory.WithWebHostBuilder(b => b
            .UseSetting("RateLimiting:PermitLimit", "1")
            .UseSetting("RateLimiting:WindowSeconds", "60"));
        using var http = limited.CreateClient();
        (await http.GetAsync("/api/v1/topics")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var rejected = await http.GetAsync("/api/v1/topics");
        rejected.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        await CheckProblem(document, "/api/v1/topics", rejected, "rate limited");
    }

    private async Task<JsonNode> Document() => JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;

    private static async Task CheckProblem(JsonNode document, string path, HttpResponseMessage response, string what)
    {
        var operation = document["paths"]![path]!["get"]!;
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var documented = operation["responses"]![status];
        documented.ShouldNotBeNull($"{what}: {path} does not document {status}");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json", what);
        CheckHeaders(document, operation, response, what);

        var schema = documented["content"]!["application/problem+json"]!["schema"]!;
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Conformance(document, schema, body, "$", closed: true).ShouldBeEmpty($"{what}: {body?.ToJsonString()}");
    }

    /// <summary>Every documented, always-sent header is on the response, and every tracked header on it is documented.</summary>
    private static void CheckHeaders(JsonNode document, JsonNode operation, HttpResponseMessage response, string what)
    {
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var documented = operation["responses"]![status]!["headers"]?.AsObject() ?? [];
        var sent = TrackedHeaders.Where(h => response.Headers.NonValidated.Contains(h) || response.Content.Headers.NonValidated.Contains(h)).ToList();
        foreach (var (name, header) in documented)
        {
            var component = document["components"]!["headers"]![name]!;
            if (component["required"]?.GetValue<bool>() == true)
            {
                sent.ShouldContain(name, $"{what} {status}: documented as always sent");
            }
        }

        sent.ShouldBeSubsetOf(documented.Select(h => h.Key), $"{what} {status}: sent but not documented");
    }

    private static List<string> HeaderNames(JsonNode response) => [.. response["headers"]?.AsObject().Select(h => h.Key) ?? []];

    private static List<string> Required(JsonNode schema) => [.. schema["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? []];

    /// <summary>Every schema whose type lets an integer or number also be a string, by dotted path.</summary>
    private static IEnumerable<string> NumbersAsStrings(JsonNode? node, string path = "")
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"] is JsonArray types)
                {
                    var names = types.Select(t => t!.GetValue<string>()).ToList();
                    if ((names.Contains("integer") || names.Contains("number")) && names.Contains("string"))
                    {
                        yield return path;
                    }
                }

                foreach (var (key, child) in obj)
                {
                    foreach (var found in NumbersAsStrings(child, path.Length == 0 ? key : $"{path}.{key}"))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var found in NumbersAsStrings(array[i], $"{path}[{i}]"))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }

    /// <summary>
    /// Where <paramref name="value"/> breaks <paramref name="schema"/>: the subset of JSON Schema the document uses
    /// ($ref, allOf, oneOf, type (arrays included), properties, required, items, additionalProperties, enum,
    /// pattern, minimum, maximum). With <paramref name="closed"/>, a member the schema does not declare is a
    /// finding too (problem bodies: every extension the server sends is declared).
    /// </summary>
    private static List<string> Conformance(JsonNode document, JsonNode schema, JsonNode? value, string at, bool closed = false)
    {
        var findings = new List<string>();
        if (schema["$ref"] is { } reference)
        {
            var target = reference.GetValue<string>()["#/components/schemas/".Length..];
            return Conformance(document, document["components"]!["schemas"]![target]!, value, at, closed);
        }

        if (schema["allOf"] is JsonArray allOf)
        {
            // Members declared by any part are declared; each part is checked open, then closedness over all.
            foreach (var part in allOf)
            {
                findings.AddRange(Conformance(document, part!, value, at));
            }

            if (closed && value is JsonObject members)
            {
                var declared = allOf.SelectMany(p => Properties(document, p!)).ToHashSet(StringComparer.Ordinal);
                findings.AddRange(members.Where(m => !declared.Contains(m.Key)).Select(m => $"{at}.{m.Key}: not declared"));
            }

            return findings;
        }

        if (schema["oneOf"] is JsonArray oneOf)
        {
            var matches = oneOf.Count(o => Conformance(document, o!, value, at, closed).Count == 0);
            return matches == 1 ? findings : [$"{at}: matches {matches} of the oneOf branches"];
        }

        var types = schema["type"] switch
        {
            JsonArray array => array.Select(t => t!.GetValue<string>()).ToList(),
            JsonValue single => [single.GetValue<string>()],
            _ => null,
        };
        var kind = value switch
        {
            null => "null",
            JsonObject => "object",
            JsonArray => "array",
            _ when value.GetValueKind() == JsonValueKind.String => "string",
            _ when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => "boolean",
            _ => value.ToJsonString().Contains('.', StringComparison.Ordinal) ? "number" : "integer",
        };
        if (types is not null && !types.Contains(kind) && !(kind == "integer" && types.Contains("number")))
        {
            return [$"{at}: a {kind}, documented as {string.Join(" or ", types)}"];
        }

        if (schema["enum"] is JsonArray values && !values.Any(v => JsonNode.DeepEquals(v, value)))
        {
            findings.Add($"{at}: {value?.ToJsonString()} is not one of the enum");
        }

        if (schema["pattern"] is { } pattern && kind == "string" && !Regex.IsMatch(value!.GetValue<string>(), pattern.GetValue<string>()))
        {
            findings.Add($"{at}: '{value}' does not match {pattern}");
        }

        if (kind is "integer" or "number")
        {
            var number = value!.GetValue<decimal>();
            if ((schema["minimum"] is { } min && number < min.GetValue<decimal>()) || (schema["maximum"] is { } max && number > max.GetValue<decimal>()))
            {
                findings.Add($"{at}: {number} is out of range");
            }
        }

        if (value is JsonObject obj)
        {
            foreach (var name in Required(schema).Where(r => !obj.ContainsKey(r)))
            {
                findings.Add($"{at}.{name}: required but missing");
            }

            var properties = schema["properties"]?.AsObject();
            foreach (var (name, member) in obj)
            {
                if (properties?[name] is { } property)
                {
                    findings.AddRange(Conformance(document, property, member, $"{at}.{name}"));
                }
                else if (schema["additionalProperties"] is JsonObject additional)
                {
                    findings.AddRange(Conformance(document, additional, member, $"{at}.{name}"));
                }
                else if (closed)
                {
                    findings.Add($"{at}.{name}: not declared");
                }
            }
        }

        if (value is JsonArray items && schema["items"] is { } itemSchema)
        {
            for (var i = 0; i < items.Count; i++)
            {
                findings.AddRange(Conformance(document, itemSchema, items[i], $"{at}[{i}]"));
            }
        }

        return findings;
    }

    private static IEnumerable<string> Properties(JsonNode document, JsonNode schema) =>
        schema["$ref"] is { } reference
            ? Properties(document, document["components"]!["schemas"]![reference.GetValue<string>()["#/components/schemas/".Length..]]!)
            : schema["properties"]?.AsObject().Select(p => p.Key) ?? [];
}
