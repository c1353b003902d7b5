namespace KzData.Api.Tests;

/// <summary>Bad input is a 400 problem+json naming the parameter and what is allowed; unknown ids are 404s.</summary>
public sealed class ValidationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/facts?topic=securty", "topic", "did you mean 'security'?")]
    [InlineData("/api/v1/facts?from=2022-13", "from", "YYYY-MM-DD")]
    [InlineData("/api/v1/facts?to=2022-02-30", "to", "exists in the calendar")]
    [InlineData("/api/v1/facts?from=2022-05&to=2022-03", "from", "after to")]
    [InlineData("/api/v1/facts?pageSize=0", "pageSize", "from 1 to 200")]
    [InlineData("/api/v1/facts?pageSize=10000", "pageSize", "from 1 to 200")]
    [InlineData("/api/v1/facts?page=two", "page", "whole number")]
    [InlineData("/api/v1/facts?page=-1", "page", "whole number")]
    [InlineData("/api/v1/facts?sort=newest", "sort", "date, -date, id")]
    [InlineData("/api/v1/facts?disputed=maybe", "disputed", "true or false")]
    [InlineData("/api/v1/facts?entity=tokaev", "entity", "did you mean 'kassym-jomart-tokayev'?")]
    [InlineData("/api/v1/facts?source=nope", "source", "unknown source")]
    [InlineData("/api/v1/entities?kind=persn", "kind", "did you mean 'person'?")]
    [InlineData("/api/v1/entities?pageSize=201", "pageSize", "from 1 to 200")]
    [InlineData("/api/v1/sources?page=0", "page", "whole number")]
    [InlineData("/api/v1/entities/kazakhstan/facts?sort=up", "sort", "date, -date, id")]
    [InlineData("/api/v1/entities/kazakhstan/claims?sort=up", "sort", "date, -date, id")]
    [InlineData("/api/v1/sources/kazakhstan-struggles-with-russia/facts?pageSize=0", "pageSize", "from 1 to 200")]
    [InlineData("/api/v1/facts?kind=statment", "kind", "did you mean 'statement'?")]
    [InlineData("/api/v1/facts?kind=person", "kind", "allowed: event, statement, assessment")]
    [InlineData("/api/v1/entities?kind=statement", "kind", "allowed: country, organization")]
    [InlineData("/api/v1/facts?claimant=tokaev", "claimant", "did you mean 'kassym-jomart-tokayev'?")]
    public async Task Invalid_parameters_are_400_problems_naming_the_parameter(string url, string parameter, string message)
    {
        using var response = await client.GetAsync(url);
        var problem = await response.Json();

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        problem.GetProperty("status").GetInt32().ShouldBe(400);
        problem.GetProperty("title").GetString().ShouldBe("Invalid query parameter");
        var errors = problem.GetProperty("errors").GetProperty(parameter);
        errors[0].GetString()!.ShouldContain(message);
        problem.GetProperty("detail").GetString()!.ShouldContain(message);
    }

    [Fact]
    public async Task Several_bad_parameters_are_reported_together()
    {
        var problem = await client.GetJson("/api/v1/facts?topic=x&pageSize=0&sort=y", HttpStatusCode.BadRequest);

        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["topic", "sort", "pageSize"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("/api/v1/facts/un-general-assembly-abstentio", "un-general-assembly-abstention")]
    [InlineData("/api/v1/entities/kazakstan", "kazakhstan")]
    [InlineData("/api/v1/sources/war-revealed-independent-kazakstan", "war-revealed-independent-kazakhstan")]
    [InlineData("/api/v1/entities/tokaev/facts", "kassym-jomart-tokayev")]
    [InlineData("/api/v1/entities/tokaev/claims", "kassym-jomart-tokayev")]
    [InlineData("/api/v1/sources/war-revealed-independent-kazakstan/text", "war-revealed-independent-kazakhstan")]
    public async Task Unknown_ids_are_404_problems_with_a_suggestion(string url, string suggestion)
    {
        using var response = await client.GetAsync(url);
        var problem = await response.Json();

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        problem.GetProperty("suggestion").GetString().ShouldBe(suggestion);
        problem.GetProperty("detail").GetString()!.ShouldContain($"did you mean '{suggestion}'?");
        problem.GetProperty("id").GetString().ShouldBe(url.Split('/')[4]);
    }

    [Fact]
    public async Task A_far_off_id_gets_no_suggestion()
    {
        var problem = await client.GetJson("/api/v1/facts/zzzzzzzzzzzzzzzzzzzzzz", HttpStatusCode.NotFound);

        problem.TryGetProperty("suggestion", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Unknown_routes_are_404_problems()
    {
        using var response = await client.GetAsync("/api/v1/nothing-here");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_are_405_problems(string method)
    {
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/v1/facts"));

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        response.Content.Headers.Allow.ShouldBe(["GET", "HEAD"], ignoreOrder: true);
    }

    [Fact]
    public async Task Random_query_strings_never_get_a_5xx()
    {
        var random = new Random(20221);
        string[] keys = ["topic", "entity", "claimant", "source", "from", "to", "q", "disputed", "sort", "page", "pageSize", "kind", "x", "", "%00", "page[]"];
        string[] values = ["", "1", "0", "-1", "200", "201", "99999999999999999999", "2022", "2022-02-30", "9999-12-31", "0001-01-01", "diplomacy", "kazakhstan", "csto", "statement", "person", "true", "nope", "%FF", "%", "<script>", "' OR 1=1 --", "😀", new string('a', 500), "..", "null", "NaN", "1e9", " "];
        var paths = new[] { "/api/v1/facts", "/api/v1/entities", "/api/v1/sources", "/api/v1/entities/kazakhstan/facts", "/api/v1/entities/kassym-jomart-tokayev/claims", "/api/v1/sources/war-revealed-independent-kazakhstan/facts" };

        for (var i = 0; i < 400; i++)
        {
            var parts = Enumerable.Range(0, random.Next(0, 6))
                .Select(_ => Uri.EscapeDataString(keys[random.Next(keys.Length)]) + "=" + Uri.EscapeDataString(values[random.Next(values.Length)]));
            var url = paths[random.Next(paths.Length)] + "?" + string.Join("&", parts);
            using var response = await client.GetAsync(url);
            ((int)response.StatusCode).ShouldBeLessThan(500, url);
            ((int)response.StatusCode).ShouldBeOneOf([200, 400], url);
        }
    }
}
