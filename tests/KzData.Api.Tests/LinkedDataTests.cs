using KzData.Api.LinkedData;

namespace KzData.Api.Tests;

/// <summary>A fact as a schema.org Claim (content negotiation) and its evidence as W3C Web Annotations.</summary>
public sealed class LinkedDataTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    internal static Fact ClaimedFact => Dataset.Facts.First(f => f.Claimant is not null && f.Evidence.Select(e => e.Source).Distinct().Count() > 1);

    [Fact]
    public async Task Accept_ld_json_gives_the_fact_as_a_schema_org_claim()
    {
        var fact = ClaimedFact;
        using var response = await GetLd($"/api/v1/facts/{fact.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/ld+json");
        var claim = await response.Json();
        claim.GetProperty("@context").GetString().ShouldBe("https://schema.org");
        claim.GetProperty("@type").GetString().ShouldBe("Claim");
        claim.GetProperty("text").GetString().ShouldBe(fact.Statement);
        claim.GetProperty("author").GetProperty("@id").GetString().ShouldBe($"http://localhost/api/v1/entities/{fact.Claimant!.Id}");
        claim.GetProperty("author").GetProperty("name").GetString().ShouldBe(fact.Claimant.Name);
        var appearances = claim.GetProperty("appearance").EnumerateArray().ToList();
        appearances.Select(a => a.GetProperty("@id").GetString()).ShouldBe(fact.Evidence.Select(e => $"http://localhost/api/v1/sources/{e.Source.Id}").Distinct());
        appearances.ShouldAllBe(a => a.GetProperty("@type").GetString() == "CreativeWork");
        appearances.SelectMany(a => a.GetProperty("hasPart").EnumerateArray().Select(q => q.GetProperty("text").GetString()))
            .ShouldBe(fact.Evidence.Select(e => e.Quote), ignoreOrder: true);
        var first = fact.Evidence[0].Source;
        var article = appearances.Single(a => a.GetProperty("@id").GetString()!.EndsWith("/" + first.Id, StringComparison.Ordinal));
        article.GetProperty("name").GetString().ShouldBe(first.Title);
        article.GetProperty("url").GetString().ShouldBe($"http://localhost/api/v1/sources/{first.Id}/text");
        article.GetProperty("publisher").GetProperty("name").GetString().ShouldBe(first.Publisher!.Name);
    }

    [Fact]
    public async Task Dates_map_to_published_created_and_temporal_coverage()
    {
        var period = Dataset.Facts.First(f => f.Date is not null && f.Until is not null && f.AsOf is not null);
        var statement = Dataset.Facts.First(f => f.Kind == ClaimKind.Statement && f.Date is not null && f.Until is null);

        var claim = await (await GetLd($"/api/v1/facts/{period.Id}")).Json();
        var said = await (await GetLd($"/api/v1/facts/{statement.Id}")).Json();

        claim.GetProperty("temporalCoverage").GetString().ShouldBe($"{period.Date}/{period.Until}");
        claim.GetProperty("datePublished").GetString().ShouldBe(period.AsOf.ToString());
        said.GetProperty("dateCreated").GetString().ShouldBe(statement.Date.ToString());
        said.GetProperty("temporalCoverage").GetString().ShouldBe(statement.Date.ToString());
    }

    [Fact]
    public async Task Json_stays_the_default_and_both_vary_on_accept_with_their_own_etags()
    {
        var url = $"/api/v1/facts/{ClaimedFact.Id}";
        using var json = await client.GetAsync(url);
        using var ld = await GetLd(url);
        using var browser = await Get(url, "text/html,application/xhtml+xml,*/*;q=0.8");
        using var preferJson = await Get(url, "application/json, application/ld+json;q=0.5");

        json.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        browser.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        preferJson.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        json.Headers.Vary.ShouldBe(["Accept", "Accept-Encoding"], ignoreOrder: true);
        ld.Headers.Vary.ShouldBe(["Accept", "Accept-Encoding"], ignoreOrder: true);
        ld.Headers.ETag.ShouldNotBe(json.Headers.ETag);

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, url);
        revalidate.Headers.Accept.ParseAdd("application/ld+json");
        revalidate.Headers.IfNoneMatch.Add(ld.Headers.ETag!);
        using var notModified = await client.SendAsync(revalidate);
        notModified.StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Theory]
    [InlineData("Seed 004 says X. Contradicts the record: Tokayev has been president since 2019.", true)]
    [InlineData("The article's date contradicts the public record (2 March).", true)]
    [InlineData("Dated by the record: Tokayev said it on 27 September 2022.", false)]
    [InlineData("The record says the SCO had 8 member states in 2022.", false)]
    [InlineData("Not in conflict with russians-arrived-after-mobilization-200000.", false)]
    [InlineData(null, false)]
    public void The_review_rule_is_the_marker_phrase(string? note, bool review) => RecordContradiction.Says(note).ShouldBe(review);

    [Fact]
    public async Task A_fact_whose_note_marks_a_contradiction_carries_a_claim_review_and_no_other_does()
    {
        var reviewed = 0;
        foreach (var fact in Dataset.Facts)
        {
            var claim = await (await GetLd($"/api/v1/facts/{fact.Id}")).Json();
            var marked = fact.Note?.Contains("contradicts the record", StringComparison.OrdinalIgnoreCase) == true
                || fact.Note?.Contains("contradicts the public record", StringComparison.OrdinalIgnoreCase) == true;
            claim.TryGetProperty("subjectOf", out var review).ShouldBe(marked, fact.Id);
            if (marked)
            {
                review.GetProperty("@type").GetString().ShouldBe("ClaimReview");
                review.GetProperty("itemReviewed").GetProperty("@id").GetString().ShouldBe($"http://localhost/api/v1/facts/{fact.Id}");
                review.GetProperty("reviewBody").GetString().ShouldBe(fact.Note);
                review.GetProperty("reviewRating").GetProperty("alternateName").GetString().ShouldBe(RecordContradiction.Verdict);
                reviewed++;
            }
        }

        reviewed.ShouldBeGreaterThan(0, "the dataset has a note marked 'Contradicts the record'");
    }

    [Fact]
    public async Task Every_annotation_re_anchors_by_its_quote_selector_alone_at_its_position_selector()
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var annotations = 0;
        foreach (var fact in Dataset.Facts)
        {
            using var response = await client.GetAsync($"/api/v1/facts/{fact.Id}/annotations");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, fact.Id);
            response.Content.Headers.ContentType!.ToString().ShouldBe("application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"");
            var page = await response.Json();
            page.GetProperty("type").GetString().ShouldBe("AnnotationPage");
            var items = page.GetProperty("items").EnumerateArray().ToList();
            items.Count.ShouldBe(fact.Evidence.Count, fact.Id);

            foreach (var annotation in items)
            {
                annotation.GetProperty("type").GetString().ShouldBe("Annotation");
                annotation.GetProperty("body")[0].GetProperty("value").GetString().ShouldBe(fact.Statement);
                var target = annotation.GetProperty("target");
                var source = target.GetProperty("source").GetString()!;
                var path = new Uri(source).AbsolutePath;
                if (!texts.TryGetValue(path, out var text))
                {
                    texts[path] = text = await client.GetStringAsync(path); // what a client of /sources/{id}/text sees
                }

                var quote = target.GetProperty("selector").EnumerateArray().Single(s => s.GetProperty("type").GetString() == "TextQuoteSelector");
                var position = target.GetProperty("selector").EnumerateArray().Single(s => s.GetProperty("type").GetString() == "TextPositionSelector");
                var (exact, prefix, suffix) = (quote.GetProperty("exact").GetString()!, quote.GetProperty("prefix").GetString()!, quote.GetProperty("suffix").GetString()!);

                // Re-anchor as an annotation tool would: find prefix + exact + suffix, count code points up to it.
                var found = text.IndexOf(prefix + exact + suffix, StringComparison.Ordinal);
                found.ShouldBeGreaterThanOrEqualTo(0, $"{fact.Id}: the quote selector is not in {path}");
                text.IndexOf(prefix + exact + suffix, found + 1, StringComparison.Ordinal).ShouldBe(-1, $"{fact.Id}: the quote selector is ambiguous in {path}");
                var start = CodePoints(text[..(found + prefix.Length)]);
                (prefix.Length > 0 || start == 0).ShouldBeTrue($"{fact.Id}: a passage not at the start of its article has a prefix");
                position.GetProperty("start").GetInt32().ShouldBe(start, fact.Id);
                position.GetProperty("end").GetInt32().ShouldBe(start + CodePoints(exact), fact.Id);
                annotations++;
            }
        }

        annotations.ShouldBe(Dataset.Facts.Sum(f => f.Evidence.Count));
    }

    [Fact]
    public void Positions_count_code_points_and_context_never_splits_a_surrogate_pair()
    {
        // U+1F600 is two UTF-16 code units and one code point; the quote "quoted words" starts at UTF-16 offset 13.
        var text = "😀 before 😀 quoted words 😀 after";
        var start = text.IndexOf("quoted", StringComparison.Ordinal);

        var anchor = TextAnchor.Of(text, start, "quoted words".Length);

        anchor.Exact.ShouldBe("quoted words");
        anchor.Start.ShouldBe(start - 2);
        anchor.End.ShouldBe(anchor.Start + "quoted words".Length);
        anchor.Prefix.ShouldBe("😀 before 😀 ");
        anchor.Suffix.ShouldBe(" 😀 after");
    }

    [Fact]
    public void Context_grows_until_the_quote_selector_finds_one_place()
    {
        var paragraph = new string('x', 40) + " the same words " + new string('y', 40);
        var text = "start. " + paragraph + " middle " + paragraph + " end.";
        var second = text.LastIndexOf("the same words", StringComparison.Ordinal);

        var anchor = TextAnchor.Of(text, second, "the same words".Length);

        var found = text.IndexOf(anchor.Prefix + anchor.Exact + anchor.Suffix, StringComparison.Ordinal);
        (found + anchor.Prefix.Length).ShouldBe(second);
        text.IndexOf(anchor.Prefix + anchor.Exact + anchor.Suffix, found + 1, StringComparison.Ordinal).ShouldBe(-1);
        anchor.Prefix.Length.ShouldBeGreaterThan(TextAnchor.ContextLength);
    }

    [Fact]
    public async Task Annotations_of_an_unknown_fact_are_a_404_with_the_nearest_id()
    {
        var id = Dataset.Facts[0].Id;
        using var response = await client.GetAsync($"/api/v1/facts/{id}x/annotations");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain(id);
    }

    [Fact]
    public async Task Annotations_answer_304_to_their_etag()
    {
        var url = $"/api/v1/facts/{ClaimedFact.Id}/annotations";
        using var first = await client.GetAsync(url);
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await client.SendAsync(again);

        response.StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    private static int CodePoints(string text) => text.EnumerateRunes().Count();

    private Task<HttpResponseMessage> GetLd(string url) => Get(url, "application/ld+json");

    private async Task<HttpResponseMessage> Get(string url, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(accept);
        return await client.SendAsync(request);
    }
}

/// <summary>Retired ids on the annotations endpoint answer like the fact endpoint: 308 to the replacement's annotations, or 410.</summary>
public sealed class RetiredAnnotationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task A_replaced_id_redirects_to_the_annotations_of_its_replacement()
    {
        var replaced = Dataset.Retired.First(r => r.ReplacedBy is not null);

        using var response = await client.GetAsync($"/api/v1/facts/{replaced.Id}/annotations");

        response.StatusCode.ShouldBe(HttpStatusCode.PermanentRedirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/api/v1/facts/{replaced.ReplacedBy!.Id}/annotations");
    }

    [Fact]
    public async Task A_removed_id_is_gone_with_its_reason()
    {
        var removed = Dataset.Retired.First(r => r.ReplacedBy is null);

        using var response = await client.GetAsync($"/api/v1/facts/{removed.Id}/annotations");

        response.StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await response.Json()).GetProperty("reason").GetString().ShouldBe(removed.Reason);
    }
}
