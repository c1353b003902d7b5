namespace KzData.Browser.Tests;

/// <summary>"Download CSV", "Download JSON" and the Data Package link: every fact of the current filter, not only the page shown.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class DownloadTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task Download_csv_and_json_save_every_fact_of_the_current_filter_and_sort()
    {
        const string query = "topic=security&sort=-date";
        await using var explorer = await fixture.OpenAsync("?" + query);
        await explorer.WaitForResultsAsync(query);
        var version = (await fixture.Api.GetAsync("/api/v1/dataset")).GetProperty("version").GetString();
        var expectedIds = await fixture.Api.FactIdsAsync(query);
        expectedIds.Count.ShouldBeGreaterThan(ExplorerPage.ListPageSize, "the download must hold more than the page shows");

        var csv = await DownloadAsync(explorer, "#download-csv");
        csv.Name.ShouldBe($"kzdata-facts-{version}.csv");
        csv.Text.ShouldBe(await fixture.Api.TextAsync($"/api/v1/facts?{query}&format=csv"));
        csv.Text.Split("\r\n")[0].ShouldStartWith("id,statement,");

        var json = await DownloadAsync(explorer, "#download-json");
        json.Name.ShouldBe($"kzdata-facts-{version}.ndjson");
        var ids = json.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => ApiReader.Id(JsonDocument.Parse(line).RootElement)).ToList();
        ids.ShouldBe(expectedIds, "the same facts in the same order as the list");
    }

    [Fact]
    public async Task The_download_links_follow_the_filters_as_they_change()
    {
        await using var explorer = await fixture.OpenAsync();

        (await Href(explorer, "#download-csv")).ShouldBe(new Uri(fixture.BaseAddress, "/api/v1/facts?format=csv").ToString());

        await explorer.Page.Locator("#f-topic").SelectOptionAsync("migration");
        await explorer.WaitForResultsAsync("topic=migration");
        (await Href(explorer, "#download-csv")).ShouldBe(new Uri(fixture.BaseAddress, "/api/v1/facts?topic=migration&format=csv").ToString());
        (await Href(explorer, "#download-json")).ShouldBe(new Uri(fixture.BaseAddress, "/api/v1/facts?topic=migration&format=ndjson").ToString());
    }

    [Fact]
    public async Task The_data_package_link_opens_the_descriptor_of_the_dataset_version()
    {
        await using var explorer = await fixture.OpenAsync();
        var version = (await fixture.Api.GetAsync("/api/v1/dataset")).GetProperty("version").GetString();

        (await explorer.Page.Locator("#datapackage").TextContentAsync()).ShouldBe("Data Package");
        var href = await Href(explorer, "#datapackage");
        href.ShouldBe(new Uri(fixture.BaseAddress, "/api/v1/datapackage.json").ToString());

        // Fetched as the browser would follow the link (not clicked: the JSON would replace the page under test).
        var response = await explorer.Page.APIRequest.GetAsync(href);
        response.Status.ShouldBe(200);
        var package = JsonDocument.Parse(await response.TextAsync()).RootElement;
        package.GetProperty("version").GetString().ShouldBe(version);
        package.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("name").GetString())
            .ShouldBe(["entities", "sources", "facts", "evidence", "fact-entities"], ignoreOrder: true);
    }

    private static Task<string> Href(ExplorerPage explorer, string selector) =>
        explorer.Page.Locator(selector).EvaluateAsync<string>("a => a.href");

    private static async Task<(string Name, string Text)> DownloadAsync(ExplorerPage explorer, string selector)
    {
        var download = await explorer.Page.RunAndWaitForDownloadAsync(() => explorer.Page.Locator(selector).ClickAsync());
        var path = await download.PathAsync();
        return (download.SuggestedFilename, await File.ReadAllTextAsync(path));
    }
}
