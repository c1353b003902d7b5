namespace KzData.Api.Tests;

/// <summary>Each filter of GET /api/v1/facts against the same question asked of the typed dataset.</summary>
public sealed class FilterTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<List<string>> Ids(string query) => (await client.GetJson("/api/v1/facts?pageSize=200&" + query)).Ids().ToList();

    /// <summary>Every matching id, over as many pages as it takes (a filter may match more than one page).</summary>
    private async Task<List<string>> AllIds(string url)
    {
        var ids = new List<string>();
        for (var page = 1; ; page++)
        {
            var items = (await client.GetJson($"{url}{(url.Contains('?') ? '&' : '?')}pageSize=200&page={page}")).Ids().ToList();
            if (items.Count == 0)
            {
                return ids;
            }

            ids.AddRange(items);
        }
    }

    [Fact]
    public async Task Kind_keeps_the_facts_of_each_claim_kind_and_repeats_as_any_of()
    {
        // Expectations come from the dataset, so this holds before and after the curator classifies facts.
        foreach (var term in Vocabularies.For<ClaimKind>().Terms)
        {
            (await AllIds($"/api/v1/facts?kind={term.Name}")).ShouldBe(
                Dataset.Facts.Where(f => f.Kind is { } kind && kind.Equals(term.Value)).Select(f => f.Id), term.Name);
        }

        var everyKind = string.Join("&", Vocabularies.For<ClaimKind>().Terms.Select(t => "kind=" + t.Name));
        (await AllIds("/api/v1/facts?" + everyKind)).ShouldBe(Dataset.Facts.Where(f => f.Kind is not null).Select(f => f.Id));
    }

    [Fact]
    public async Task Claimant_keeps_the_facts_the_entity_claims()
    {
        var claimants = Dataset.Facts.Select(f => f.Claimant).OfType<Entity>().Distinct().ToList();
        claimants.ShouldNotBeEmpty("attributed-to facts have their speaker as claimant");

        foreach (var claimant in claimants)
        {
            (await AllIds($"/api/v1/facts?claimant={claimant.Id}")).ShouldBe(
                Dataset.Facts.Where(f => f.Claimant == claimant).Select(f => f.Id), claimant.Id);
        }

        var silent = Dataset.Entities.First(e => !claimants.Contains(e));
        (await AllIds($"/api/v1/facts?claimant={silent.Id}")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Claimant_combines_with_the_other_filters()
    {
        var fact = Dataset.Facts.First(f => f.Claimant is not null);

        (await AllIds($"/api/v1/facts?claimant={fact.Claimant!.Id}&topic={Vocabularies.NameOf(fact.Topic)}")).ShouldBe(
            Dataset.Facts.Where(f => f.Claimant == fact.Claimant && f.Topic == fact.Topic).Select(f => f.Id));
    }

    [Fact]
    public async Task Topic_filters_and_repeats_as_any_of()
    {
        (await Ids("topic=migration")).ShouldBe(Dataset.Facts.Where(f => f.Topic == Topic.Migration).Select(f => f.Id));
        (await Ids("topic=migration&topic=domestic-politics")).ShouldBe(
            Dataset.Facts.Where(f => f.Topic is Topic.Migration or Topic.DomesticPolitics).Select(f => f.Id));
    }

    [Fact]
    public async Task Entity_repeats_and_all_must_match()
    {
        var csto = await Ids("entity=csto");
        var both = await Ids("entity=csto&entity=russia");

        csto.ShouldBe(Dataset.Facts.Where(f => f.Entities.Contains(Entities.Csto) || f.AttributedTo == Entities.Csto).Select(f => f.Id));
        both.ShouldNotBeEmpty();
        both.Count.ShouldBeLessThan(csto.Count);
        both.ShouldAllBe(id => Dataset.Facts.Single(f => f.Id == id).Entities.Contains(Entities.Russia));
    }

    [Fact]
    public async Task Source_keeps_facts_citing_it()
    {
        (await Ids("source=kazakhstan-concerned-about-invasion")).ShouldBe(
            Dataset.Facts.Where(f => f.Evidence.Any(e => e.Source == Sources.KazakhstanConcernedAboutInvasion)).Select(f => f.Id));
    }

    [Fact]
    public async Task From_and_to_keep_overlapping_periods()
    {
        var march = await Ids("from=2022-03&to=2022-03");

        march.ShouldNotBeEmpty();
        foreach (var fact in Dataset.Facts)
        {
            var overlaps = fact.Date is { } d && (fact.Until ?? d).End >= new DateOnly(2022, 3, 1) && d.Start <= new DateOnly(2022, 3, 31);
            march.Contains(fact.Id).ShouldBe(overlaps, fact.Id);
        }

        (await Ids("from=2022-09-15")).ShouldContain(Dataset.Facts.First(f => f.Until is not null && f.Until.Value.End >= new DateOnly(2022, 9, 15)).Id);
    }

    [Fact]
    public async Task Q_searches_statements_quotes_and_aliases_case_insensitively()
    {
        var togolese = await Ids("q=TOGOLESE");
        var byAlias = await Ids("q=qasim-skomart");

        togolese.ShouldNotBeEmpty();
        byAlias.ShouldBe(Dataset.Facts.Where(f => f.Entities.Contains(Entities.KassymJomartTokayev) || f.AttributedTo == Entities.KassymJomartTokayev).Select(f => f.Id));
        (await Ids("q=cspc-no-such-text")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Disputed_keeps_facts_with_conflicts()
    {
        (await Ids("disputed=true")).ShouldBe(Dataset.Facts.Where(f => f.ConflictsWith.Count > 0).Select(f => f.Id));
        (await client.GetJson("/api/v1/facts?disputed=false")).GetProperty("total").GetInt32().ShouldBe(Dataset.Facts.Count(f => f.ConflictsWith.Count == 0));
    }

    [Fact]
    public async Task Sort_orders_by_date_either_way_or_by_id()
    {
        var byDate = await Ids("sort=date");
        var byDateDescending = await Ids("sort=-date");
        var all = (await Ids("sort=id")).Concat(await Ids("sort=id&page=2")).ToList();

        var dated = Dataset.Facts.Where(f => f.Date is not null).ToDictionary(f => f.Id, f => f.Date!.Value);
        var datedInOrder = byDate.Where(dated.ContainsKey).Select(id => dated[id]).ToList();
        datedInOrder.ShouldBe(datedInOrder.Order().ToList());
        dated.ContainsKey(byDate[0]).ShouldBeTrue();
        byDateDescending.Where(dated.ContainsKey).Select(id => dated[id]).ShouldBe(datedInOrder.OrderDescending().Take(byDateDescending.Count(dated.ContainsKey)));
        all.ShouldBe(Dataset.Facts.Select(f => f.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Pages_partition_the_list_and_link_to_neighbours()
    {
        using var response = await client.GetAsync("/api/v1/facts?topic=diplomacy&pageSize=10&page=2");
        var page = await response.Json();
        var links = response.Headers.GetValues("Link").Single();

        page.GetProperty("page").GetInt32().ShouldBe(2);
        page.GetProperty("pageSize").GetInt32().ShouldBe(10);
        page.Ids().ShouldBe(Dataset.Facts.Where(f => f.Topic == Topic.Diplomacy).Skip(10).Take(10).Select(f => f.Id));
        links.ShouldContain("</api/v1/facts?topic=diplomacy&pageSize=10&page=3>; rel=\"next\"");
        links.ShouldContain("</api/v1/facts?topic=diplomacy&pageSize=10&page=1>; rel=\"prev\"");
        links.ShouldContain("rel=\"first\"");
        links.ShouldContain("rel=\"last\"");
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty_not_an_error()
    {
        using var response = await client.GetAsync("/api/v1/facts?page=999");
        var page = await response.Json();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.GetProperty("items").GetArrayLength().ShouldBe(0);
        page.GetProperty("total").GetInt32().ShouldBe(Dataset.Facts.Count);
        response.Headers.GetValues("Link").Single().ShouldContain("rel=\"prev\"");
        response.Headers.GetValues("Link").Single().ShouldNotContain("rel=\"next\"");
    }

    [Fact]
    public async Task Entities_filter_by_kind_and_text()
    {
        var people = await client.GetJson("/api/v1/entities?kind=person&pageSize=200");
        people.Ids().ShouldBe(Dataset.Entities.Where(e => e.Kind == EntityKind.Person).Select(e => e.Id));

        var noor = await client.GetJson("/api/v1/entities?q=noor-sultan");
        noor.Ids().ShouldBe(Dataset.Entities.Where(e => e.Aliases.Contains("Noor-Sultan")).Select(e => e.Id));
        noor.Ids().ShouldContain("kazakhstan");
    }
}
