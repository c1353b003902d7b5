using System.Text.Json.Nodes;

namespace KzData.Browser.Tests;

/// <summary>
/// The filter options come from GET /api/v1/vocabularies at run time: they equal the API's terms,
/// and a term or entity kind the page has never seen still shows, so no list in the page can go stale.
/// </summary>
[Collection(ExplorerCollection.Name)]
public sealed class VocabularyTests(ExplorerFixture fixture)
{
    private const string NewTopic = "space-policy";
    private const string NewKind = "vessel";
    private const string KindNobodyDeclared = "hovercraft";
    private const string NewClaimKind = "rumour";
    private const string NewBound = "roughly";

    [Fact]
    public async Task The_topic_kind_and_entity_dropdowns_equal_the_vocabularies()
    {
        await using var explorer = await fixture.OpenAsync();
        var page = explorer.Page;

        var topics = await fixture.Api.TermsAsync("topic");
        var counts = (await fixture.Api.GetAsync("/api/v1/topics")).EnumerateArray()
            .ToDictionary(t => t.GetProperty("topic").GetString()!, t => t.GetProperty("factCount").GetInt32());
        var topicOptions = await OptionsAsync(page, "#f-topic");
        topicOptions.Select(o => o.Value).ShouldBe(topics.Select(t => t.Name));
        topicOptions.Select(o => o.Title).ShouldBe(topics.Select(t => t.Description));
        topicOptions.Select(o => o.Text).ShouldBe(topics.Select(t => $"{Label(t.Name)} ({counts.GetValueOrDefault(t.Name)})"));

        var claimKinds = await fixture.Api.TermsAsync("claim-kind");
        var kindOptions = await OptionsAsync(page, "#f-kind");
        kindOptions.Select(o => o.Value).ShouldBe(claimKinds.Select(t => t.Name));
        kindOptions.Select(o => o.Title).ShouldBe(claimKinds.Select(t => t.Description));

        // Entities with facts, grouped by kind in the vocabulary's order (a kind without such entities has no group).
        var entityKinds = await fixture.Api.TermsAsync("entity-kind");
        var listed = (await fixture.Api.EntitiesAsync()).Where(e => e.GetProperty("factCount").GetInt32() > 0).ToList();
        listed.Select(Kind).ShouldAllBe(k => entityKinds.Any(t => t.Name == k), "every entity's kind is in the vocabulary");
        var groups = await GroupsAsync(page);
        groups.Select(g => g.Kind).ShouldBe(entityKinds.Select(t => t.Name).Where(k => listed.Any(e => Kind(e) == k)));
        foreach (var group in groups)
        {
            group.Label.ShouldBe(Label(group.Kind));
            group.Ids.ShouldBe(listed.Where(e => Kind(e) == group.Kind).Select(e => e.GetProperty("id").GetString()!), ignoreOrder: true);
        }
    }

    [Fact]
    public async Task A_new_topic_a_new_entity_kind_and_an_undeclared_kind_all_show()
    {
        // The real API's answers, changed on their way to the page: a topic, an entity kind, a claim kind and a
        // quantity bound are added to the vocabularies, two entities of new kinds (one not even in the vocabulary)
        // to the entities, and the first two facts get the new topic and bound, and a topic and bound no
        // vocabulary has.
        await using var explorer = await fixture.OpenAsync(prepare: async page =>
        {
            await Mutate(page, "/api/v1/vocabularies", body =>
            {
                Vocabulary(body, "topic").Add(Term(NewTopic, "Test-only topic: launches and satellites."));
                Vocabulary(body, "entity-kind").Add(Term(NewKind, "Test-only kind: a ship."));
                Vocabulary(body, "claim-kind").Add(Term(NewClaimKind, "Test-only kind: hearsay."));
                Vocabulary(body, "quantity-bound").Add(Term(NewBound, "Test-only bound: a guess (\"roughly\", \"give or take\")."));
            });
            await Mutate(page, "/api/v1/entities", body =>
            {
                var items = body["items"]!.AsArray();
                items.Add(Entity("test-vessel", "Test vessel", NewKind, 3));
                items.Add(Entity("test-hovercraft", "Test hovercraft", KindNobodyDeclared, 1));
            });
            await Mutate(page, "/api/v1/facts", body =>
            {
                var items = body["items"]!.AsArray();
                if (items.Count >= 2 && body["page"]!.GetValue<int>() == 1)
                {
                    items[0]!["topic"] = NewTopic;
                    items[0]!["quantity"] = Quantity(5, "ships", NewBound);
                    items[1]!["topic"] = "not-a-topic";
                    items[1]!["quantity"] = Quantity(7, "ships", "more-or-less");
                }
            });
        });
        var page = explorer.Page;

        var topics = (await fixture.Api.TermsAsync("topic")).Select(t => t.Name).Append(NewTopic);
        (await OptionsAsync(page, "#f-topic")).Select(o => o.Value).ShouldBe(topics);
        var newTopic = (await OptionsAsync(page, "#f-topic")).Last();
        (newTopic.Text, newTopic.Title).ShouldBe(("Space policy (0)", "Test-only topic: launches and satellites."));

        (await OptionsAsync(page, "#f-kind")).Select(o => o.Value)
            .ShouldBe((await fixture.Api.TermsAsync("claim-kind")).Select(t => t.Name).Append(NewClaimKind));

        // A bound reads as its description's first quoted wording, or as its own words when no vocabulary has it.
        (await explorer.Cards.Nth(0).Locator(".fact-quantity").InnerTextAsync()).ShouldEndWith("Roughly 5 ships");
        (await explorer.Cards.Nth(1).Locator(".fact-quantity").InnerTextAsync()).ShouldEndWith("More or less 7 ships");

        var groups = await GroupsAsync(page);
        groups.Single(g => g.Kind == NewKind).ShouldSatisfyAllConditions(
            g => g.Label.ShouldBe("Vessel"),
            g => g.Ids.ShouldBe(["test-vessel"]));
        groups.Single(g => g.Kind == KindNobodyDeclared).ShouldSatisfyAllConditions(
            g => g.Label.ShouldBe("Hovercraft"),
            g => g.Ids.ShouldBe(["test-hovercraft"]));
        groups.Last().Kind.ShouldBe(KindNobodyDeclared, "a kind the vocabulary lacks comes after the known ones");
        await page.Locator("#f-entity").SelectOptionAsync("test-hovercraft");
        explorer.ExpectFailedRequests(400); // the real API knows no such entity, and says so
        await explorer.WaitForResultsAsync("entity=test-hovercraft");
        (await page.Locator("#error").InnerTextAsync()).ShouldContain("test-hovercraft");

        // Colours: the new topic gets one of its own, a topic no vocabulary has the neutral one.
        await page.GoBackAsync();
        await explorer.WaitForResultsAsync("");
        var colours = await page.EvaluateAsync<string[]>("""
            () => {
              const probe = document.body.appendChild(document.createElement('span'));
              probe.style.color = 'var(--topic-neutral)';
              const neutral = getComputedStyle(probe).color;
              probe.remove();
              const badges = [...document.querySelectorAll('#fact-list > .fact-card .topic')].slice(0, 3);
              return [neutral, ...badges.map(b => getComputedStyle(b).color)];
            }
            """);
        var (neutral, newColour, unknownColour, knownColour) = (colours[0], colours[1], colours[2], colours[3]);
        unknownColour.ShouldBe(neutral);
        newColour.ShouldNotBe(neutral);
        knownColour.ShouldNotBe(neutral);
        newColour.ShouldNotBe(knownColour);
        (await explorer.Cards.Nth(0).Locator(".topic").TextContentAsync()).ShouldBe("Space policy");
        (await explorer.Cards.Nth(1).Locator(".topic").TextContentAsync()).ShouldBe("Not a topic");
    }

    /// <summary>"domestic-politics" -> "Domestic politics", as the page labels a term.</summary>
    internal static string Label(string name) => char.ToUpperInvariant(name[0]) + name[1..].Replace('-', ' ');

    private static string Kind(JsonElement entity) => entity.GetProperty("kind").GetString()!;

    private static Task<Option[]> OptionsAsync(IPage page, string select) =>
        page.Locator($"{select} option:not([value=''])").EvaluateAllAsync<Option[]>(
            "options => options.map(o => ({ value: o.value, text: o.textContent, title: o.title }))");

    private static Task<Group[]> GroupsAsync(IPage page) =>
        page.Locator("#f-entity optgroup").EvaluateAllAsync<Group[]>(
            "groups => groups.map(g => ({ kind: g.dataset.kind, label: g.label, ids: [...g.querySelectorAll('option')].map(o => o.value) }))");

    /// <summary>Serves the real API's JSON for this path, changed by <paramref name="change"/> unless it is an error.</summary>
    internal static Task Mutate(IPage page, string path, Action<JsonNode> change) =>
        page.RouteAsync(url => new Uri(url).AbsolutePath == path, async route =>
        {
            var response = await route.FetchAsync();
            if (!response.Ok)
            {
                await route.FulfillAsync(new RouteFulfillOptions { Response = response });
                return;
            }

            var body = JsonNode.Parse(await response.TextAsync())!;
            change(body);
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = body.ToJsonString() });
        });

    private static JsonArray Vocabulary(JsonNode vocabularies, string name) =>
        vocabularies.AsArray().Single(v => v!["name"]!.GetValue<string>() == name)!["terms"]!.AsArray();

    private static JsonObject Quantity(int value, string unit, string bound) => new() { ["value"] = value, ["unit"] = unit, ["bound"] = bound };

    private static JsonObject Term(string name, string description) => new() { ["name"] = name, ["description"] = description };

    private static JsonObject Entity(string id, string name, string kind, int factCount) => new()
    {
        ["id"] = id, ["kind"] = kind, ["name"] = name, ["description"] = "Test-only entity.",
        ["aliases"] = new JsonArray(), ["memberOf"] = new JsonArray(), ["factCount"] = factCount,
    };

    // Playwright fills these through their setters (it needs a parameterless constructor).
    public sealed class Option
    {
        public string Value { get; set; } = "";

        public string Text { get; set; } = "";

        public string Title { get; set; } = "";
    }

    public sealed class Group
    {
        public string Kind { get; set; } = "";

        public string Label { get; set; } = "";

        public string[] Ids { get; set; } = [];
    }
}
