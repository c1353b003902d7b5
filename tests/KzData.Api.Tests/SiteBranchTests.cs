namespace KzData.Api.Tests;

/// <summary>
/// The site branch (explorer, Swagger UI, compression, status code pages) is built on its first request
/// (<c>UseWhenLazily</c>): concurrent first requests must all get the same complete answers, and API requests,
/// which never enter it, must not build it or be changed by it.
/// </summary>
public sealed class SiteBranchTests
{
    [Fact]
    public async Task Concurrent_first_requests_build_the_branch_once_and_all_get_complete_answers()
    {
        // A fresh app per test: the branch must not have been built by another test's request.
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var paths = Enumerable.Range(0, 24).Select(i => (i % 4) switch
        {
            0 => "/",
            1 => "/swagger/index.html",
            2 => "/js/app.js",
            _ => "/no-such-page",
        }).ToArray();
        using var start = new SemaphoreSlim(0);
        var requests = paths.Select(async path =>
        {
            await start.WaitAsync();
            using var response = await client.GetAsync(path);
            return (path, response.StatusCode, Type: response.Content.Headers.ContentType?.MediaType, Body: await response.Content.ReadAsStringAsync(),
                SwaggerVersion: response.Headers.Contains("x-swagger-ui-version"));
        }).ToArray();
        start.Release(paths.Length);
        var answers = await Task.WhenAll(requests);

        var roots = answers.Where(a => a.path == "/").ToArray();
        foreach (var answer in roots)
        {
            answer.StatusCode.ShouldBe(HttpStatusCode.OK);
            answer.Body.ShouldContain("<script type=\"module\" src=\"js/app.js\"></script>");
            answer.Body.ShouldBe(roots[0].Body);
        }
        foreach (var answer in answers.Where(a => a.path == "/swagger/index.html"))
        {
            answer.StatusCode.ShouldBe(HttpStatusCode.OK);
            answer.Body.ShouldContain("swagger");
            answer.SwaggerVersion.ShouldBeFalse("the branch's own middleware ran");
        }
        foreach (var answer in answers.Where(a => a.path == "/js/app.js"))
        {
            answer.StatusCode.ShouldBe(HttpStatusCode.OK);
            answer.Type.ShouldBe("text/javascript");
        }
        foreach (var answer in answers.Where(a => a.path == "/no-such-page"))
        {
            // Status code pages (the branch's first middleware) gave the bare 404 a body.
            answer.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            answer.Body.ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public async Task Api_requests_are_answered_without_the_site_branch()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();

        // The API answers first (the branch never built), then the site, then the API again unchanged.
        using var before = await client.GetAsync("/api/v1/facts/un-general-assembly-abstention");
        using var site = await client.GetAsync("/swagger/index.html");
        using var after = await client.GetAsync("/api/v1/facts/un-general-assembly-abstention");

        before.StatusCode.ShouldBe(HttpStatusCode.OK);
        site.StatusCode.ShouldBe(HttpStatusCode.OK);
        after.StatusCode.ShouldBe(HttpStatusCode.OK);
        after.Headers.ETag.ShouldBe(before.Headers.ETag);
        (await after.Content.ReadAsStringAsync()).ShouldBe(await before.Content.ReadAsStringAsync());
    }
}
