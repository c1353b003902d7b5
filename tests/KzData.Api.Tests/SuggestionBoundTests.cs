using KzData.Api.Infrastructure;
using KzData.Common;

namespace KzData.Api.Tests;

/// <summary>
/// Issue 14: "did you mean" was the most expensive answer (a 7,000-character id: 178 req/s; 32 unknown
/// entities: 22 ms). The work is bounded (ids only, at most <see cref="QueryReader.MaxSuggestions"/> scans per
/// request) and so is the message.
/// </summary>
public sealed class SuggestionBoundTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/facts/")]
    [InlineData("/api/v1/entities/")]
    [InlineData("/api/v1/sources/")]
    public async Task A_seven_thousand_character_id_is_a_short_404_without_a_suggestion(string prefix)
    {
        var id = "un-general-assembly-" + new string('a', 7000);

        using var response = await client.GetAsync(prefix + id);
        var body = await response.Content.ReadAsStringAsync();
        var problem = JsonDocument.Parse(body).RootElement;

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        body.Length.ShouldBeLessThan(600, body);
        problem.GetProperty("detail").GetString()!.Length.ShouldBeLessThan(200);
        problem.GetProperty("id").GetString()!.Length.ShouldBeLessThanOrEqualTo(UnknownId.MaxEcho + 3);
        problem.TryGetProperty("suggestion", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Thirty_two_unknown_entities_are_all_counted_with_at_most_three_suggestions()
    {
        // Each is close to a real id, so each would get a suggestion if the work were not capped.
        var values = Enumerable.Range(0, 32).Select(i => $"entity=kazakhstan{(char)('a' + (i % 26))}{i / 26}");

        using var response = await client.GetAsync("/api/v1/facts?" + string.Join("&", values));
        var body = await response.Content.ReadAsStringAsync();
        var problem = JsonDocument.Parse(body).RootElement;

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var messages = problem.GetProperty("errors").GetProperty("entity").EnumerateArray().Select(m => m.GetString()!).ToList();
        messages.Count.ShouldBe(QueryReader.MaxMessagesPerParameter + 1, "every bad value is reported, up to a cap, then counted");
        messages[^1].ShouldContain($"and {32 - QueryReader.MaxMessagesPerParameter} more");
        messages.Count(m => m.Contains("did you mean", StringComparison.Ordinal)).ShouldBe(QueryReader.MaxSuggestions);
        body.Length.ShouldBeLessThan(4000);
    }

    [Fact]
    public async Task Values_that_cannot_be_ids_get_no_suggestion_and_are_echoed_short()
    {
        var value = new string('k', 500);

        var problem = await client.GetJson("/api/v1/facts?entity=" + value, HttpStatusCode.BadRequest);

        var message = problem.GetProperty("errors").GetProperty("entity")[0].GetString()!;
        message.ShouldNotContain("did you mean");
        message.Length.ShouldBeLessThan(120);
    }

    [Fact]
    public void The_bounded_distance_equals_the_full_distance_within_its_limit()
    {
        var random = new Random(14);
        for (var i = 0; i < 2000; i++)
        {
            var a = Word(random);
            var b = Word(random);
            var full = Suggestions.Distance(a, b);
            var limit = random.Next(0, 8);
            var bounded = Suggestions.BoundedDistance(a, b, limit, new int[b.Length + 1], new int[b.Length + 1]);
            if (full <= limit)
            {
                bounded.ShouldBe(full, $"{a} {b}");
            }
            else
            {
                bounded.ShouldBeGreaterThan(limit, $"{a} {b}");
            }
        }
    }

    [Fact]
    public void The_prepared_index_suggests_what_the_shared_suggester_does()
    {
        var ids = Dataset.Entities.Select(e => e.Id).ToList();
        foreach (var typo in new[] { "kazakstan", "tokaev", "csto-summitt", "russa", "nothing-like-this-at-all" })
        {
            SuggestionIndex.Entities.Nearest(typo).ShouldBe(Suggestions.Nearest(typo, ids), typo);
        }
    }

    private static string Word(Random random) =>
        new([.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => (char)('a' + random.Next(4)))]);
}
