using System.Net.Http.Json;

namespace KzData.Browser.Tests;

/// <summary>Reads the API directly: what the page shows is compared with this, never with hard-coded lists.</summary>
public sealed class ApiReader(HttpClient client) : IDisposable
{
    public Task<JsonElement> GetAsync(string path) => client.GetFromJsonAsync<JsonElement>(path);

    /// <summary>Every fact matching a /api/v1/facts query, over all pages, in the API's order.</summary>
    public async Task<List<JsonElement>> FactsAsync(string query = "")
    {
        var facts = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var separator = query.Length == 0 ? "" : "&";
            var body = await GetAsync($"/api/v1/facts?{query}{separator}page={page}&pageSize=200");
            facts.AddRange(body.GetProperty("items").EnumerateArray());
            if (facts.Count >= body.GetProperty("total").GetInt32())
            {
                return facts;
            }
        }
    }

    public async Task<List<string>> FactIdsAsync(string query = "") => (await FactsAsync(query)).Select(Id).ToList();

    /// <summary>The terms of one vocabulary from /api/v1/vocabularies, in the API's order.</summary>
    public async Task<List<(string Name, string Description)>> TermsAsync(string vocabulary)
    {
        var all = await GetAsync("/api/v1/vocabularies");
        return all.EnumerateArray()
            .Single(v => v.GetProperty("name").GetString() == vocabulary)
            .GetProperty("terms").EnumerateArray()
            .Select(t => (t.GetProperty("name").GetString()!, t.GetProperty("description").GetString()!))
            .ToList();
    }

    /// <summary>Every entity, over all pages.</summary>
    public async Task<List<JsonElement>> EntitiesAsync()
    {
        var body = await GetAsync("/api/v1/entities?pageSize=200");
        var entities = body.GetProperty("items").EnumerateArray().ToList();
        entities.Count.ShouldBe(body.GetProperty("total").GetInt32(), "all entities fit on one page of 200; page through them if this fails");
        return entities;
    }

    public async Task<int> TotalAsync(string path) => (await GetAsync(path)).GetProperty("total").GetInt32();

    public Task<string> SourceTextAsync(string sourceId) => client.GetStringAsync($"/api/v1/sources/{sourceId}/text");

    /// <summary>Any answer as text (a CSV export, say).</summary>
    public Task<string> TextAsync(string path) => client.GetStringAsync(path);

    public static string Id(JsonElement fact) => fact.GetProperty("id").GetString()!;

    public void Dispose() => client.Dispose();
}
