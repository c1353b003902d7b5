using System.Globalization;
using System.IO.Compression;
using System.Text;
using nietras.SeparatedValues;

namespace KzData.Api.Tests;

/// <summary>
/// Every list as CSV and NDJSON: parsed back (CSV with Sep) and compared field by field with the paged JSON of the
/// same list, for every list endpoint and filtered views; negotiation, download headers, caching and errors.
/// </summary>
public sealed class ExportTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Separator = "|";

    private readonly HttpClient client = factory.CreateClient();

    /// <summary>
    /// What each CSV column must hold, read from a JSON item, written here independently of the API's column
    /// definitions: a column added, dropped, renamed or reordered there fails the header check.
    /// </summary>
    private static readonly (string Column, Func<JsonElement, string> Value)[] FactColumns =
    [
        ("id", j => Str(j, "id")),
        ("statement", j => Str(j, "statement")),
        ("topic", j => Str(j, "topic")),
        ("kind", j => Str(j, "kind")),
        ("date", j => Str(j, "date")),
        ("until", j => Str(j, "until")),
        ("entities", j => Ids(j, "entities")),
        ("attributedTo", j => RefId(j, "attributedTo")),
        ("claimant", j => RefId(j, "claimant")),
        ("asOf", j => Str(j, "asOf")),
        ("quantityValue", j => j.GetProperty("quantity") is { ValueKind: JsonValueKind.Object } q ? q.GetProperty("value").GetDecimal().ToString(CultureInfo.InvariantCulture) : ""),
        ("quantityUnit", j => j.GetProperty("quantity") is { ValueKind: JsonValueKind.Object } q ? Str(q, "unit") : ""),
        ("quantityBound", j => j.GetProperty("quantity") is { ValueKind: JsonValueKind.Object } q ? Str(q, "bound") : ""),
        ("conflictsWith", j => string.Join(Separator, j.GetProperty("conflictsWith").EnumerateArray().Select(v => v.GetString()))),
        ("note", j => Str(j, "note")),
    ];

    private static readonly (string Column, Func<JsonElement, string> Value)[] EntityColumns =
    [
        ("id", j => Str(j, "id")),
        ("kind", j => Str(j, "kind")),
        ("name", j => Str(j, "name")),
        ("description", j => Str(j, "description")),
        ("aliases", j => string.Join(Separator, j.GetProperty("aliases").EnumerateArray().Select(v => v.GetString()))),
        ("memberOf", j => Ids(j, "memberOf")),
        ("factCount", j => Str(j, "factCount")),
        ("claimCount", j => Str(j, "claimCount")),
    ];

    private static readonly (string Column, Func<JsonElement, string> Value)[] SourceColumns =
    [
        ("id", j => Str(j, "id")),
        ("file", j => Str(j, "file")),
        ("title", j => Str(j, "title")),
        ("textQuality", j => Str(j, "textQuality")),
        ("author", j => RefId(j, "author")),
        ("publisher", j => RefId(j, "publisher")),
        ("published", j => Str(j, "published")),
        ("note", j => Str(j, "note")),
        ("length", j => Str(j, "length")),
        ("factCount", j => Str(j, "factCount")),
    ];

    private static readonly (string Column, Func<JsonElement, string> Value)[] EvidenceColumns =
    [
        ("factId", j => Str(j, "factId")),
        ("index", j => Str(j, "index")),
        ("sourceId", j => Str(j, "sourceId")),
        ("quote", j => Str(j, "quote")),
        ("line", j => Str(j, "line")),
        ("start", j => Str(j, "start")),
        ("length", j => Str(j, "length")),
    ];

    private static readonly (string Column, Func<JsonElement, string> Value)[] FactEntityColumns =
    [
        ("factId", j => Str(j, "factId")),
        ("entityId", j => Str(j, "entityId")),
        ("index", j => Str(j, "index")),
    ];

    public static TheoryData<string> Lists => new()
    {
        "/api/v1/facts",
        "/api/v1/facts?topic=migration&sort=-date",
        "/api/v1/facts?q=csto&kind=event",
        "/api/v1/entities",
        "/api/v1/entities?kind=person",
        "/api/v1/sources",
        "/api/v1/entities/kazakhstan/facts?sort=date",
        $"/api/v1/entities/{Dataset.Facts.Select(f => f.Claimant).OfType<Entity>().First().Id}/claims",
        $"/api/v1/sources/{Dataset.Sources[0].Id}/facts",
        "/api/v1/evidence",
        "/api/v1/evidence?topic=security",
        "/api/v1/fact-entities",
        "/api/v1/fact-entities?entity=russia&sort=id",
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task The_csv_parsed_back_equals_the_json_list_field_by_field(string url)
    {
        var items = await AllItems(url);
        var columns = ColumnsFor(url);

        var csv = await client.GetStringAsync(WithFormat(url, "csv"));
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromText(csv);

        reader.Header.ColNames.ShouldBe(columns.Select(c => c.Column).ToArray(), url);
        var row = 0;
        foreach (var record in reader)
        {
            row.ShouldBeLessThan(items.Count, $"{url}: more CSV rows than JSON items");
            foreach (var (column, value) in columns)
            {
                record[column].ToString().ShouldBe(value(items[row]), $"{url}: row {row + 1}, column {column}");
            }

            row++;
        }

        row.ShouldBe(items.Count, url);
        items.Count.ShouldBeGreaterThan(0, $"{url}: an empty list proves nothing");
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task The_ndjson_has_one_line_per_item_each_the_json_item(string url)
    {
        var first = await client.GetJson(url);
        var items = await AllItems(url);

        var ndjson = await client.GetStringAsync(WithFormat(url, "ndjson"));

        ndjson.ShouldEndWith("\n");
        var lines = ndjson.Split('\n')[..^1];
        lines.Length.ShouldBe(first.GetProperty("total").GetInt32(), url);
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i].ShouldBe(items[i].GetRawText(), $"{url}: line {i + 1}");
        }
    }

    [Fact]
    public async Task Every_list_in_the_openapi_document_takes_format_and_is_tested_here()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var lists = document["paths"]!.AsObject()
            .Where(p => p.Value!["get"]!["parameters"]?.AsArray().Any(q => q!.Resolve(document)["name"]!.GetValue<string>() == "page") == true)
            .ToList();
        var tested = ((IEnumerable<object[]>)Lists).Select(row => (string)row[0]).Select(url => url.Split('?')[0]).ToList();

        lists.ShouldNotBeEmpty();
        foreach (var (path, item) in lists)
        {
            item!["get"]!["parameters"]!.AsArray().Select(q => q!.Resolve(document)["name"]!.GetValue<string>()).ShouldContain("format", path);
            var content = item["get"]!["responses"]!["200"]!["content"]!.AsObject().Select(c => c.Key).ToList();
            content.ShouldBe(["application/json", "text/csv", "application/x-ndjson"], ignoreOrder: true, path);
            var pattern = "^" + System.Text.RegularExpressions.Regex.Escape(path).Replace("\\{id}", "[^/]+", StringComparison.Ordinal) + "$";
            tested.ShouldContain(url => System.Text.RegularExpressions.Regex.IsMatch(url, pattern), $"{path}: add it to {nameof(Lists)}");
        }
    }

    [Fact]
    public async Task Head_of_an_export_has_the_headers_and_no_body()
    {
        using var get = await client.GetAsync("/api/v1/sources?format=csv");
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/sources?format=csv"));

        head.StatusCode.ShouldBe(HttpStatusCode.OK);
        head.Headers.ETag.ShouldBe(get.Headers.ETag);
        head.Content.Headers.ContentLength.ShouldBe(get.Content.Headers.ContentLength);
        (await head.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Evidence_and_links_hold_every_quote_and_listed_entity_of_the_dataset()
    {
        var evidence = await client.GetStringAsync("/api/v1/evidence?format=ndjson");
        var links = await client.GetStringAsync("/api/v1/fact-entities?format=ndjson");

        evidence.Count(c => c == '\n').ShouldBe(Dataset.Facts.Sum(f => f.Evidence.Count));
        links.Count(c => c == '\n').ShouldBe(Dataset.Facts.Sum(f => f.Entities.Count));
    }

    [Theory]
    [InlineData("text/csv", "csv")]
    [InlineData("application/x-ndjson", "ndjson")]
    [InlineData("text/csv;q=0.9, application/json;q=0.5", "csv")]
    public async Task Accept_negotiates_the_same_body_as_format(string accept, string format)
    {
        var byFormat = await client.GetByteArrayAsync($"/api/v1/facts?topic=security&format={format}");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/facts?topic=security");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(format == "csv" ? "text/csv" : "application/x-ndjson");
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(byFormat);
        string.Join(", ", response.Headers.Vary).ShouldBe("Accept, Accept-Encoding");
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("*/*")]
    [InlineData("text/csv, application/json")]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")]
    [InlineData("text/csv;q=0, application/json;q=0.1")]
    public async Task Json_stays_the_default_for_browsers_and_ties(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/facts");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await client.SendAsync(request);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        string.Join(", ", response.Headers.Vary).ShouldBe("Accept, Accept-Encoding", "the JSON list varies on Accept too");
        response.Content.Headers.ContentDisposition.ShouldBeNull();
    }

    [Fact]
    public async Task Format_wins_over_accept_so_a_link_says_what_it_gets()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/facts?format=json");
        request.Headers.TryAddWithoutValidation("Accept", "text/csv");
        using var response = await client.SendAsync(request);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
    }

    [Theory]
    [InlineData("/api/v1/facts?format=csv", "kzdata-facts-{0}.csv")]
    [InlineData("/api/v1/entities/kazakhstan/claims?format=ndjson", "kzdata-entities-kazakhstan-claims-{0}.ndjson")]
    [InlineData("/api/v1/evidence?format=csv", "kzdata-evidence-{0}.csv")]
    public async Task An_export_is_an_rfc4180_download_named_after_the_list_and_the_dataset_version(string url, string name)
    {
        using var response = await client.GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        response.Content.Headers.GetValues("Content-Disposition").Single()
            .ShouldBe($"attachment; filename=\"{string.Format(CultureInfo.InvariantCulture, name, Dataset.Version)}\"");
        response.Headers.Contains("Link").ShouldBeFalse("an export is not paged");
        bytes.Take(3).ShouldNotBe(new byte[] { 0xEF, 0xBB, 0xBF }, "no byte order mark");
        if (url.Contains("csv", StringComparison.Ordinal))
        {
            response.Content.Headers.ContentType!.ToString().ShouldBe("text/csv; charset=utf-8; header=present");
            var text = Encoding.UTF8.GetString(bytes);
            text.ShouldEndWith("\r\n");
            text.Replace("\r\n", "", StringComparison.Ordinal).Contains('\n').ShouldBeFalse("every record ends with CRLF (RFC 4180)");
        }
    }

    [Fact]
    public async Task Quotes_commas_and_quote_marks_are_escaped_as_rfc4180_says()
    {
        // A value with a comma and one with a double quote are quoted, and inner quotes doubled.
        var csv = await client.GetStringAsync("/api/v1/facts?format=csv");
        var withComma = Dataset.Facts.First(f => f.Statement.Contains(','));
        csv.ShouldContain($",\"{withComma.Statement.Replace("\"", "\"\"", StringComparison.Ordinal)}\",");
        var quoteWithMark = Dataset.Facts.SelectMany(f => f.Evidence).FirstOrDefault(e => e.Quote.Contains('"'));
        if (quoteWithMark is not null)
        {
            (await client.GetStringAsync("/api/v1/evidence?format=csv")).ShouldContain($"\"{quoteWithMark.Quote.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
        }
    }

    [Fact]
    public void No_value_of_a_list_column_contains_the_separator()
    {
        var values = Dataset.Entities.SelectMany(e => e.Aliases.Append(e.Id)).Concat(Dataset.Facts.Select(f => f.Id));

        values.Where(v => v.Contains(Separator, StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_export_has_its_own_etag_answers_304_and_is_compressed_once()
    {
        using var json = await client.GetAsync("/api/v1/facts");
        using var csv = await client.GetAsync("/api/v1/facts?format=csv");
        var plain = await csv.Content.ReadAsByteArrayAsync();
        csv.Headers.ETag!.Tag.ShouldStartWith("\"" + Dataset.Version);
        csv.Headers.ETag.ShouldNotBe(json.Headers.ETag);

        using var accepted = new HttpRequestMessage(HttpMethod.Get, "/api/v1/facts");
        accepted.Headers.TryAddWithoutValidation("Accept", "text/csv");
        using var viaAccept = await client.SendAsync(accepted);
        viaAccept.Headers.ETag.ShouldNotBe(json.Headers.ETag, "the cache keeps the Accept-negotiated export apart from the JSON");

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/api/v1/facts?format=csv");
        conditional.Headers.IfNoneMatch.Add(csv.Headers.ETag);
        using var notModified = await client.SendAsync(conditional);
        notModified.StatusCode.ShouldBe(HttpStatusCode.NotModified);

        using var compressedRequest = new HttpRequestMessage(HttpMethod.Get, "/api/v1/facts?format=csv");
        compressedRequest.Headers.AcceptEncoding.ParseAdd("br");
        using var compressed = await client.SendAsync(compressedRequest);
        compressed.Content.Headers.ContentEncoding.ShouldBe(["br"]);
        var bytes = await compressed.Content.ReadAsByteArrayAsync();
        bytes.Length.ShouldBeLessThan(plain.Length / 3);
        using var input = new MemoryStream(bytes);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        await brotli.CopyToAsync(output);
        output.ToArray().ShouldBe(plain);
    }

    [Theory]
    [InlineData("/api/v1/facts?format=xml", "format")]
    [InlineData("/api/v1/facts?format=csv&topic=securty", "topic")]
    [InlineData("/api/v1/evidence?formats=csv", "formats")]
    [InlineData("/api/v1/sources?format=csv&format=ndjson", "format")]
    public async Task A_bad_format_or_filter_is_a_400_naming_it(string url, string parameter)
    {
        using var response = await client.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, url);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Json()).GetProperty("errors").TryGetProperty(parameter, out _).ShouldBeTrue(url);
    }

    [Fact]
    public async Task An_unknown_parameter_on_an_export_suggests_format()
    {
        var problem = await client.GetJson("/api/v1/facts?formt=csv", HttpStatusCode.BadRequest);

        problem.GetProperty("detail").GetString()!.ShouldContain("did you mean 'format'");
    }

    [Fact]
    public async Task Paging_does_not_apply_to_an_export()
    {
        var whole = await client.GetStringAsync("/api/v1/facts?format=ndjson");
        var paged = await client.GetStringAsync("/api/v1/facts?format=ndjson&page=2&pageSize=3");

        paged.ShouldBe(whole);
    }

    private static (string Column, Func<JsonElement, string> Value)[] ColumnsFor(string url)
    {
        var path = url.Split('?')[0];
        return path switch
        {
            "/api/v1/entities" => EntityColumns,
            "/api/v1/sources" => SourceColumns,
            "/api/v1/evidence" => EvidenceColumns,
            "/api/v1/fact-entities" => FactEntityColumns,
            _ when path.EndsWith("/facts", StringComparison.Ordinal) || path.EndsWith("/claims", StringComparison.Ordinal) => FactColumns,
            _ => throw new InvalidOperationException($"no columns for {url}"),
        };
    }

    private async Task<List<JsonElement>> AllItems(string url)
    {
        var items = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var json = await client.GetJson($"{url}{(url.Contains('?') ? '&' : '?')}pageSize=200&page={page}");
            var batch = json.GetProperty("items").EnumerateArray().ToList();
            items.AddRange(batch);
            if (items.Count >= json.GetProperty("total").GetInt32() || batch.Count == 0)
            {
                return items;
            }
        }
    }

    private static string WithFormat(string url, string format) => $"{url}{(url.Contains('?') ? '&' : '?')}format={format}";

    private static string Str(JsonElement item, string name) => item.GetProperty(name) switch
    {
        { ValueKind: JsonValueKind.Null } => "",
        { ValueKind: JsonValueKind.String } value => value.GetString()!,
        var value => value.GetRawText(),
    };

    private static string RefId(JsonElement item, string name) =>
        item.GetProperty(name) is { ValueKind: JsonValueKind.Object } reference ? reference.GetProperty("id").GetString()! : "";

    private static string Ids(JsonElement item, string name) =>
        string.Join(Separator, item.GetProperty(name).EnumerateArray().Select(e => e.GetProperty("id").GetString()));
}
