using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KzData.Api.Tests;

/// <summary>
/// The real app in-process; one per test class that needs it. Every test request comes from one client, so the
/// rate limiter (on, as in production) gets a bucket no test class can drain; the limiter tests set their own.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseSetting("RateLimiting:PermitLimit", "1000000");
}

/// <summary>Helpers for reading responses.</summary>
internal static class Http
{
    public static async Task<JsonElement> Json(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> GetJson(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(expected, $"{url}: {await response.Content.ReadAsStringAsync()}");
        return await response.Json();
    }

    public static IEnumerable<string> Ids(this JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!);
}
