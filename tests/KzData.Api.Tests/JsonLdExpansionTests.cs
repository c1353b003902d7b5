using KzData.Api.LinkedData;

namespace KzData.Api.Tests;

/// <summary>
/// The JSON-LD judged by a real processor: jsonld.js (pinned in tests/linkeddata) expands the Claim and the annotations
/// offline, in safe mode (an undefined term fails instead of vanishing), and the resulting triples say what they should.
/// </summary>
public sealed class JsonLdExpansionTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Schema = "http://schema.org/";
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string Oa = "http://www.w3.org/ns/oa#";

    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task The_claim_expands_to_its_type_text_author_and_appearances()
    {
        var fact = LinkedDataTests.ClaimedFact;
        var reviewed = Dataset.Facts.First(f => RecordContradiction.Says(f.Note));
        var quads = await LinkedDataTools.ToRdfAsync([await Ld(fact.Id), await Ld(reviewed.Id)]);
        var claim = quads[0];
        var iri = $"http://localhost/api/v1/facts/{fact.Id}";

        claim.ShouldContain(new Quad(iri, Rdf + "type", Schema + "Claim", "NamedNode", null));
        claim.ShouldContain(q => q.Subject == iri && q.Predicate == Schema + "text" && q.Object == fact.Statement);
        claim.ShouldContain(new Quad(iri, Schema + "author", $"http://localhost/api/v1/entities/{fact.Claimant!.Id}", "NamedNode", null));
        claim.ShouldContain(q => q.Subject == $"http://localhost/api/v1/entities/{fact.Claimant.Id}" && q.Predicate == Schema + "name" && q.Object == fact.Claimant.Name);
        foreach (var source in fact.Evidence.Select(e => e.Source).Distinct())
        {
            var article = $"http://localhost/api/v1/sources/{source.Id}";
            claim.ShouldContain(new Quad(iri, Schema + "appearance", article, "NamedNode", null));
            claim.ShouldContain(new Quad(article, Rdf + "type", Schema + "CreativeWork", "NamedNode", null));
            claim.ShouldContain(new Quad(article, Schema + "url", article + "/text", "NamedNode", null));
            claim.ShouldContain(q => q.Subject == article && q.Predicate == Schema + "name" && q.Object == source.Title);
            var parts = claim.Where(q => q.Subject == article && q.Predicate == Schema + "hasPart").Select(q => q.Object).ToHashSet();
            claim.Where(q => parts.Contains(q.Subject) && q.Predicate == Schema + "text").Select(q => q.Object)
                .ShouldBe(fact.Evidence.Where(e => e.Source == source).Select(e => e.Quote), ignoreOrder: true);
        }

        var review = quads[1].Single(q => q.Predicate == Rdf + "type" && q.Object == Schema + "ClaimReview").Subject;
        quads[1].ShouldContain(new Quad(review, Schema + "itemReviewed", $"http://localhost/api/v1/facts/{reviewed.Id}", "NamedNode", null));
        quads[1].ShouldContain(new Quad($"http://localhost/api/v1/facts/{reviewed.Id}", Schema + "subjectOf", review, "NamedNode", null));
    }

    [Fact]
    public async Task The_annotations_expand_to_web_annotation_selectors_on_the_article_text()
    {
        var fact = LinkedDataTests.ClaimedFact;
        var page = await client.GetStringAsync($"/api/v1/facts/{fact.Id}/annotations");

        var quads = (await LinkedDataTools.ToRdfAsync([page]))[0];

        var annotations = quads.Where(q => q.Predicate == Rdf + "type" && q.Object == Oa + "Annotation").Select(q => q.Subject).ToList();
        annotations.Count.ShouldBe(fact.Evidence.Count);
        for (var i = 0; i < annotations.Count; i++)
        {
            var evidence = fact.Evidence[i];
            var annotation = $"http://localhost/api/v1/facts/{fact.Id}/annotations#evidence-{i + 1}";
            annotations.ShouldContain(annotation);
            quads.ShouldContain(new Quad(annotation, Oa + "motivatedBy", Oa + "describing", "NamedNode", null));
            quads.ShouldContain(new Quad(annotation, Oa + "hasBody", $"http://localhost/api/v1/facts/{fact.Id}", "NamedNode", null));
            var target = quads.Single(q => q.Subject == annotation && q.Predicate == Oa + "hasTarget").Object;
            quads.ShouldContain(new Quad(target, Oa + "hasSource", $"http://localhost/api/v1/sources/{evidence.Source.Id}/text", "NamedNode", null));
            var selectors = quads.Where(q => q.Subject == target && q.Predicate == Oa + "hasSelector").Select(q => q.Object).ToList();
            var quote = selectors.Single(s => quads.Contains(new Quad(s, Rdf + "type", Oa + "TextQuoteSelector", "NamedNode", null)));
            var position = selectors.Single(s => quads.Contains(new Quad(s, Rdf + "type", Oa + "TextPositionSelector", "NamedNode", null)));
            quads.ShouldContain(q => q.Subject == quote && q.Predicate == Oa + "exact" && q.Object == evidence.Passage);
            quads.ShouldContain(q => q.Subject == position && q.Predicate == Oa + "start" && q.Object == evidence.Start.ToString(System.Globalization.CultureInfo.InvariantCulture)
                && q.Datatype == "http://www.w3.org/2001/XMLSchema#nonNegativeInteger");
        }
    }

    [Fact]
    public async Task The_processor_refuses_a_term_the_context_does_not_define()
    {
        // The check can fail: safe mode turns a term outside the context into an error instead of dropping it.
        var claim = (await Ld(LinkedDataTests.ClaimedFact.Id)).Replace("\"@context\":\"https://schema.org\"", "\"@context\":\"http://www.w3.org/ns/anno.jsonld\"", StringComparison.Ordinal);

        var run = await LinkedDataTools.ExpandAsync([claim]);

        run.ExitCode.ShouldNotBe(0);
        run.Error.ShouldContain("Safe mode validation error");
    }

    private async Task<string> Ld(string id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/facts/{id}");
        request.Headers.Accept.ParseAdd("application/ld+json");
        using var response = await client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }
}
