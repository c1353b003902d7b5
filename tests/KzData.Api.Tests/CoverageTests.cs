using KzData.Common;

namespace KzData.Api.Tests;

/// <summary>GET /api/v1/sources/{id}/coverage: what the facts cite of each article, and what they do not.</summary>
public sealed class CoverageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Every_quoted_passage_of_an_article_is_listed_with_its_fact()
    {
        foreach (var source in Dataset.Sources)
        {
            var json = await client.GetJson($"/api/v1/sources/{source.Id}/coverage");

            var expected = Dataset.Facts
                .SelectMany(f => f.Evidence.Where(e => e.Source == source).Select(e => (f.Id, e.Line, e.Start, e.Length)))
                .OrderBy(p => p.Start).ThenBy(p => p.Length).ThenBy(p => p.Id, StringComparer.Ordinal)
                .ToList();
            json.GetProperty("sourceId").GetString().ShouldBe(source.Id);
            json.GetProperty("passages").EnumerateArray()
                .Select(p => (p.GetProperty("factId").GetString()!, p.GetProperty("line").GetInt32(), p.GetProperty("start").GetInt32(), p.GetProperty("length").GetInt32()))
                .ShouldBe(expected, source.Id);
        }
    }

    [Fact]
    public async Task Sentences_are_the_kzdata_tools_sentences_marked_cited_where_a_quote_overlaps_them()
    {
        foreach (var source in Dataset.Sources)
        {
            var json = await client.GetJson($"/api/v1/sources/{source.Id}/coverage");
            var spans = Dataset.Facts.SelectMany(f => f.Evidence).Where(e => e.Source == source).Select(e => (e.Start, End: e.Start + e.Length)).ToList();

            // The same shared splitter the kzdata tool's coverage command uses (src/Common/Sentences.cs).
            var expected = Sentences.Split(source.Text)
                .Select(s => (s.Line, s.Start, s.Length, Cited: spans.Any(q => q.Start < s.End && s.Start < q.End)))
                .ToList();
            var served = json.GetProperty("sentences").EnumerateArray()
                .Select(s => (s.GetProperty("line").GetInt32(), s.GetProperty("start").GetInt32(), s.GetProperty("length").GetInt32(), s.GetProperty("cited").GetBoolean()))
                .ToList();

            served.ShouldBe(expected, source.Id);
            json.GetProperty("sentenceCount").GetInt32().ShouldBe(expected.Count);
            json.GetProperty("citedSentenceCount").GetInt32().ShouldBe(expected.Count(s => s.Cited));
            // Not vacuous: every article has cited sentences, and each sentence is real text of the article.
            expected.ShouldContain(s => s.Cited, source.Id);
            served.ShouldAllBe(s => source.Text.Substring(s.Item2, s.Item3).Trim().Length == s.Item3);
        }
    }

    [Fact]
    public async Task An_unknown_source_is_a_404_with_a_suggestion()
    {
        var source = Dataset.Sources[0].Id;
        var problem = await client.GetJson($"/api/v1/sources/{source[..^1]}/coverage", System.Net.HttpStatusCode.NotFound);

        problem.GetProperty("suggestion").GetString().ShouldBe(source);
    }
}
