namespace KzData.Api.Tests;

/// <summary>Every endpoint answers with the documented shape.</summary>
public sealed class EndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Facts_list_is_a_page_with_items_and_counts()
    {
        var page = await client.GetJson("/api/v1/facts");

        page.GetProperty("page").GetInt32().ShouldBe(1);
        page.GetProperty("pageSize").GetInt32().ShouldBe(50);
        page.GetProperty("total").GetInt32().ShouldBe(Dataset.Facts.Count);
        page.Ids().ShouldBe(Dataset.Facts.Take(50).Select(f => f.Id));
    }

    [Fact]
    public async Task A_fact_carries_entities_evidence_quantity_and_conflicts()
    {
        // One fact of each facet the wire carries, so every field is checked against a real value.
        var facts = new[]
        {
            Dataset.Facts.First(f => f.Quantity is not null && f.Date is not null),
            Dataset.Facts.First(f => f.ConflictsWith.Count > 0),
            Dataset.Facts.First(f => f.Until is not null),
        };

        foreach (var fact in facts)
        {
            var json = await client.GetJson($"/api/v1/facts/{fact.Id}");

            json.GetProperty("id").GetString().ShouldBe(fact.Id);
            json.GetProperty("statement").GetString().ShouldBe(fact.Statement);
            json.GetProperty("topic").GetString().ShouldBe(Vocabularies.NameOf(fact.Topic));
            json.GetProperty("date").GetString().ShouldBe(fact.Date?.ToString());
            json.GetProperty("until").GetString().ShouldBe(fact.Until?.ToString());
            if (fact.Quantity is { } quantity)
            {
                json.GetProperty("quantity").GetProperty("value").GetDecimal().ShouldBe(quantity.Value);
                json.GetProperty("quantity").GetProperty("bound").GetString().ShouldBe(Vocabularies.NameOf(quantity.Bound));
            }
            else
            {
                json.GetProperty("quantity").ValueKind.ShouldBe(JsonValueKind.Null);
            }

            json.GetProperty("conflictsWith").EnumerateArray().Select(c => c.GetString()).ShouldBe(fact.ConflictsWith.Select(c => c.Id));
            var entity = json.GetProperty("entities")[0];
            entity.GetProperty("id").GetString().ShouldBe(fact.Entities[0].Id);
            entity.GetProperty("name").GetString().ShouldBe(fact.Entities[0].Name);
            var evidence = json.GetProperty("evidence")[0];
            evidence.GetProperty("sourceId").GetString().ShouldBe(fact.Evidence[0].Source.Id);
            evidence.GetProperty("sourceTitle").GetString().ShouldBe(fact.Evidence[0].Source.Title);
            evidence.GetProperty("quote").GetString().ShouldBe(fact.Evidence[0].Quote);
            evidence.GetProperty("start").GetInt32().ShouldBe(fact.Evidence[0].Start);
            evidence.GetProperty("length").GetInt32().ShouldBe(fact.Evidence[0].Length);
            evidence.GetProperty("line").GetInt32().ShouldBe(fact.Evidence[0].Line);
        }
    }

    [Fact]
    public async Task Attributed_facts_name_the_speaker()
    {
        var fact = Dataset.Facts.First(f => f.AttributedTo is not null);

        var json = await client.GetJson($"/api/v1/facts/{fact.Id}");

        json.GetProperty("attributedTo").GetProperty("id").GetString().ShouldBe(fact.AttributedTo!.Id);
    }

    [Fact]
    public async Task Entities_list_entity_and_entity_facts()
    {
        var list = await client.GetJson("/api/v1/entities?pageSize=200");
        list.GetProperty("total").GetInt32().ShouldBe(Dataset.Entities.Count);

        var kazakhstan = await client.GetJson("/api/v1/entities/kazakhstan");
        kazakhstan.GetProperty("kind").GetString().ShouldBe("country");
        kazakhstan.GetProperty("memberOf").EnumerateArray().Select(m => m.GetProperty("id").GetString()).ShouldContain("csto");
        kazakhstan.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).ShouldContain("Noor-Sultan");

        var tokayev = await client.GetJson("/api/v1/entities/kassym-jomart-tokayev/facts?pageSize=200");
        var expected = Dataset.Facts.Where(f => f.AttributedTo == Entities.KassymJomartTokayev || f.Entities.Contains(Entities.KassymJomartTokayev)).Select(f => f.Id);
        tokayev.Ids().ShouldBe(expected);
        (await client.GetJson("/api/v1/entities/kassym-jomart-tokayev")).GetProperty("factCount").GetInt32().ShouldBe(expected.Count());
    }

    [Fact]
    public async Task An_entity_s_claims_are_the_facts_it_claims_like_the_claimant_filter()
    {
        var claimants = Dataset.Facts.Select(f => f.Claimant).OfType<Entity>().Distinct().ToList();
        claimants.ShouldNotBeEmpty();

        foreach (var entity in claimants)
        {
            var expected = Dataset.Facts.Where(f => f.Claimant == entity).Select(f => f.Id).ToList();
            var claims = await client.GetJson($"/api/v1/entities/{entity.Id}/claims?pageSize=200");

            claims.Ids().ShouldBe(expected.Take(200), entity.Id);
            claims.GetProperty("total").GetInt32().ShouldBe(expected.Count, entity.Id);
            (await client.GetJson($"/api/v1/entities/{entity.Id}")).GetProperty("claimCount").GetInt32().ShouldBe(expected.Count, entity.Id);
        }

        var silent = Dataset.Entities.First(e => !claimants.Contains(e));
        (await client.GetJson($"/api/v1/entities/{silent.Id}/claims")).GetProperty("total").GetInt32().ShouldBe(0);
        (await client.GetJson($"/api/v1/entities/{silent.Id}")).GetProperty("claimCount").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task An_entity_s_claims_sort_and_page_like_its_facts()
    {
        var entity = Dataset.Facts.Select(f => f.Claimant).OfType<Entity>().GroupBy(e => e).MaxBy(g => g.Count())!.Key;
        var byId = Dataset.Facts.Where(f => f.Claimant == entity).Select(f => f.Id).Order(StringComparer.Ordinal).ToList();

        using var response = await client.GetAsync($"/api/v1/entities/{entity.Id}/claims?sort=id&pageSize=1&page=2");
        var page = await response.Json();

        page.Ids().ShouldBe(byId.Skip(1).Take(1));
        response.Headers.GetValues("Link").Single().ShouldContain("rel=\"prev\"");
    }

    [Fact]
    public async Task The_entity_list_carries_claim_counts()
    {
        var list = await client.GetJson("/api/v1/entities?pageSize=200");

        foreach (var item in list.GetProperty("items").EnumerateArray())
        {
            var entity = Dataset.Entities.Single(e => e.Id == item.GetProperty("id").GetString());
            item.GetProperty("claimCount").GetInt32().ShouldBe(Dataset.Facts.Count(f => f.Claimant == entity), entity.Id);
        }
    }

    [Fact]
    public async Task Sources_list_source_facts_and_text()
    {
        var list = await client.GetJson("/api/v1/sources");
        list.GetProperty("total").GetInt32().ShouldBe(Dataset.Sources.Count);

        var source = Sources.KazakhstanConcernedAboutInvasion;
        var json = await client.GetJson($"/api/v1/sources/{source.Id}");
        json.GetProperty("textQuality").GetString().ShouldBe("machine-translated");
        json.GetProperty("length").GetInt32().ShouldBe(source.Text.Length);

        var facts = await client.GetJson($"/api/v1/sources/{source.Id}/facts?pageSize=200");
        facts.Ids().ShouldBe(Dataset.Facts.Where(f => f.Evidence.Any(e => e.Source == source)).Select(f => f.Id));

        using var text = await client.GetAsync($"/api/v1/sources/{source.Id}/text");
        text.StatusCode.ShouldBe(HttpStatusCode.OK);
        text.Content.Headers.ContentType!.ToString().ShouldBe("text/plain; charset=utf-8");
        (await text.Content.ReadAsStringAsync()).ShouldBe(source.Text);
    }

    [Fact]
    public async Task Evidence_offsets_index_into_the_served_text()
    {
        var fact = Facts.UnGeneralAssemblyAbstention;
        var json = await client.GetJson($"/api/v1/facts/{fact.Id}");

        foreach (var evidence in json.GetProperty("evidence").EnumerateArray())
        {
            var text = await client.GetStringAsync($"/api/v1/sources/{evidence.GetProperty("sourceId").GetString()}/text");
            var passage = text.Substring(evidence.GetProperty("start").GetInt32(), evidence.GetProperty("length").GetInt32());
            var firstPiece = Normalize(evidence.GetProperty("quote").GetString()!).Split("...")[0].Trim();
            Normalize(passage).ShouldStartWith(firstPiece);
        }
    }

    private static string Normalize(string text) =>
        System.Text.RegularExpressions.Regex.Replace(
            text.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u2014', '-').Replace('\u2013', '-'),
            @"\s+",
            " ");

    [Fact]
    public async Task Vocabularies_list_every_term_with_its_wire_name_and_meaning()
    {
        var json = await client.GetJson("/api/v1/vocabularies");

        json.EnumerateArray().Select(v => v.GetProperty("name").GetString()).ShouldBe(Vocabularies.All.Select(v => v.Name));
        foreach (var (served, vocabulary) in json.EnumerateArray().Zip(Vocabularies.All))
        {
            served.GetProperty("terms").EnumerateArray().Select(t => t.GetProperty("name").GetString())
                .ShouldBe(vocabulary.Terms.Select(t => t.Name), vocabulary.Name);
            served.GetProperty("terms").EnumerateArray().ShouldAllBe(t => t.GetProperty("description").GetString()!.Length > 0);
        }
    }

    [Fact]
    public async Task Sources_carry_author_publisher_and_published_date()
    {
        foreach (var source in Dataset.Sources)
        {
            var json = await client.GetJson($"/api/v1/sources/{source.Id}");

            json.GetProperty("publisher").GetProperty("id").GetString().ShouldBe(source.Publisher!.Id);
            json.GetProperty("published").GetString().ShouldBe(source.Published.ToString());
            if (source.Author is null)
            {
                json.GetProperty("author").ValueKind.ShouldBe(JsonValueKind.Null);
            }
            else
            {
                json.GetProperty("author").GetProperty("id").GetString().ShouldBe(source.Author.Id);
            }
        }
    }

    [Fact]
    public async Task Topics_dataset_and_health()
    {
        var topics = await client.GetJson("/api/v1/topics");
        topics.GetArrayLength().ShouldBe(Enum.GetValues<Topic>().Length);
        topics.EnumerateArray().Sum(t => t.GetProperty("factCount").GetInt32()).ShouldBe(Dataset.Facts.Count);
        topics.EnumerateArray().Select(t => t.GetProperty("topic").GetString()).ShouldContain("domestic-politics");

        var dataset = await client.GetJson("/api/v1/dataset");
        dataset.GetProperty("version").GetString().ShouldBe(Dataset.Version);
        dataset.GetProperty("counts").GetProperty("facts").GetInt32().ShouldBe(Dataset.Facts.Count);
        dataset.GetProperty("counts").GetProperty("entities").GetInt32().ShouldBe(Dataset.Entities.Count);
        dataset.GetProperty("counts").GetProperty("sources").GetInt32().ShouldBe(Dataset.Sources.Count);
        dataset.GetProperty("earliestDate").GetString().ShouldBe(Dataset.Facts.Where(f => f.Date is not null).Min(f => f.Date)!.Value.ToString());

        (await client.GetJson("/health")).GetProperty("status").GetString().ShouldBe("ok");
        (await client.GetJson("/api/v1/health")).GetProperty("version").GetString().ShouldBe(Dataset.Version);
    }

    [Fact]
    public async Task Swagger_ui_and_the_fact_explorer_page_are_served()
    {
        using var swagger = await client.GetAsync("/swagger/index.html");
        swagger.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await swagger.Content.ReadAsStringAsync()).ShouldContain("swagger");

        // "/" is the fact explorer (wwwroot/index.html), served directly rather than redirected.
        using var noRedirect = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var root = await noRedirect.GetAsync("/");
        root.StatusCode.ShouldBe(HttpStatusCode.OK);
        root.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await root.Content.ReadAsStringAsync()).ShouldContain("<script type=\"module\" src=\"js/app.js\"></script>");

        using var script = await noRedirect.GetAsync("/js/app.js");
        script.StatusCode.ShouldBe(HttpStatusCode.OK);
        script.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
    }

    [Fact]
    public async Task Head_answers_headers_without_a_body()
    {
        using var get = await client.GetAsync("/api/v1/facts/un-general-assembly-abstention");
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/facts/un-general-assembly-abstention"));

        head.StatusCode.ShouldBe(HttpStatusCode.OK);
        head.Headers.ETag.ShouldBe(get.Headers.ETag);
        head.Content.Headers.ContentLength.ShouldBe(get.Content.Headers.ContentLength);
        (await head.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }
}
