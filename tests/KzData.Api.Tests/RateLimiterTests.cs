using KzData.Api.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KzData.Api.Tests;

/// <summary>
/// Issue 14: the per-IP limiter behind a reverse proxy. Forwarded headers only from configured proxies, IPv6 by
/// /64, Retry-After that is the real wait, expensive answers cost more, /health free, CORS on every refusal.
/// Each request's socket address is set by the test (header X-Test-Peer), as Kestrel would set it.
/// </summary>
public sealed class RateLimiterTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Known = "/api/v1/facts/un-general-assembly-abstention";

    [Fact]
    public async Task A_spoofed_x_forwarded_for_from_a_client_that_is_not_a_proxy_is_ignored()
    {
        using var app = Limited(permits: 2);
        using var client = app.CreateClient();

        for (var i = 0; i < 2; i++)
        {
            (await Send(client, Known, "203.0.113.7", forwardedFor: $"198.51.100.{i}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var third = await Send(client, Known, "203.0.113.7", forwardedFor: "198.51.100.99");
        third.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, "a made-up X-Forwarded-For must not buy a new bucket");
    }

    [Fact]
    public async Task Behind_a_configured_proxy_each_forwarded_client_has_its_own_bucket()
    {
        using var app = Limited(permits: 2, b => b.UseSetting("ForwardedHeaders:KnownProxies:0", "10.0.0.5"));
        using var client = app.CreateClient();

        (await Send(client, Known, "10.0.0.5", forwardedFor: "198.51.100.1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Send(client, Known, "10.0.0.5", forwardedFor: "198.51.100.1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Send(client, Known, "10.0.0.5", forwardedFor: "198.51.100.1")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

        // Another client behind the same proxy is not punished for the first one.
        (await Send(client, Known, "10.0.0.5", forwardedFor: "198.51.100.2")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Two_ipv6_addresses_in_one_64_share_a_bucket_and_another_64_does_not()
    {
        using var app = Limited(permits: 2);
        using var client = app.CreateClient();

        (await Send(client, Known, "2001:db8:1:2::1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Send(client, Known, "2001:db8:1:2:ffff:ffff:ffff:fffe")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Send(client, Known, "2001:db8:1:2::abcd")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await Send(client, Known, "2001:db8:1:3::1")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public void Partitions_are_ipv4_addresses_and_ipv6_64_prefixes()
    {
        ClientRateLimiter.PartitionOf(IPAddress.Parse("192.0.2.1")).ShouldBe("192.0.2.1");
        ClientRateLimiter.PartitionOf(IPAddress.Parse("::ffff:192.0.2.1")).ShouldBe("192.0.2.1");
        ClientRateLimiter.PartitionOf(IPAddress.Parse("2001:db8:1:2:3:4:5:6")).ShouldBe("2001:db8:1:2::/64");
    }

    [Fact]
    public async Task Retry_after_is_the_real_wait_not_more()
    {
        // 4 tokens, refilled at 0.5 per second.
        var time = new ManualTime();
        using var app = Limited(permits: 4, b => b
            .UseSetting("RateLimiting:WindowSeconds", "8")
            .ConfigureServices(s => s.AddSingleton<TimeProvider>(time)));
        using var client = app.CreateClient();

        for (var i = 0; i < 4; i++)
        {
            (await Send(client, Known, "192.0.2.10")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var refused = await Send(client, Known, "192.0.2.10");
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        retryAfter.ShouldBe(2);

        // One second short of Retry-After the client is still refused (so it did not overstate)...
        time.Advance(TimeSpan.FromSeconds(retryAfter - 1));
        (await Send(client, Known, "192.0.2.10")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

        // ...and at Retry-After it is served (so it did not understate).
        time.Advance(TimeSpan.FromSeconds(1));
        (await Send(client, Known, "192.0.2.10")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Expensive_answers_cost_more_than_cached_hits()
    {
        using var app = Limited(permits: 20, b => b
            .UseSetting("RateLimiting:ErrorCost", "4")
            .UseSetting("RateLimiting:BuiltCost", "2"));
        using var client = app.CreateClient();

        // The first request builds the answer (1 + 2 tokens), seven cached hits cost 1 each: 10 of 20 tokens left.
        var served = 0;
        for (var i = 0; i < 8; i++)
        {
            if ((await Send(client, Known, "192.0.2.20")).StatusCode == HttpStatusCode.OK)
            {
                served++;
            }
        }

        served.ShouldBe(8);

        // Unknown ids cost 1 + 4: the rest of the bucket (20 - 10 = 10) is two of them.
        (await Send(client, "/api/v1/facts/no-such-fact-1", "192.0.2.20")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Send(client, "/api/v1/facts/no-such-fact-2", "192.0.2.20")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Send(client, Known, "192.0.2.20")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Building_a_large_answer_costs_by_its_size()
    {
        // A 200-fact page (~170 KB) built and Brotli-compressed for this client: ~2 x 21 tokens at 8 KB a token.
        using var app = Limited(permits: 30, b => b.UseSetting("RateLimiting:BuiltBytesPerToken", "8192"));
        using var client = app.CreateClient();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/facts?pageSize=200");
        request.Headers.Add("X-Test-Peer", "192.0.2.50");
        request.Headers.AcceptEncoding.ParseAdd("br");
        (await client.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var next = await Send(client, Known, "192.0.2.50");
        next.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, "30 tokens do not cover building and compressing 170 KB");
        int.Parse(next.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(1);

        // Another client reading the now cached page pays one token.
        using var cached = new HttpRequestMessage(HttpMethod.Get, "/api/v1/facts?pageSize=200");
        cached.Headers.Add("X-Test-Peer", "192.0.2.51");
        cached.Headers.AcceptEncoding.ParseAdd("br");
        (await client.SendAsync(cached)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Send(client, Known, "192.0.2.51")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_refusal_is_held_back_so_a_flooding_client_cannot_spin_on_cheap_429s()
    {
        using var app = Limited(permits: 1, b => b.UseSetting("RateLimiting:RefusalDelayMaxMilliseconds", "400"));
        using var client = app.CreateClient();
        (await Send(client, Known, "192.0.2.60")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // A lower bound only: the refusal cannot come before the hold-back, however busy the machine.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var refused = await Send(client, Known, "192.0.2.60");
        clock.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(350));
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.GetValues("Retry-After").Single().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Held_back_refusals_are_capped_per_client_and_a_client_that_leaves_frees_its_slot()
    {
        // One slot per client, and a hold-back far longer than the test: the second refusal must be answered at once.
        using var app = Limited(permits: 1, b => b
            .UseSetting("RateLimiting:RefusalDelayMaxMilliseconds", "60000")
            .UseSetting("RateLimiting:MaxDelayedRefusalsPerClient", "1"));
        using var client = app.CreateClient();
        var limiter = app.Services.GetRequiredService<ClientRateLimiter>();
        (await Send(client, Known, "192.0.2.61")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var leave = new CancellationTokenSource();
        var parked = SendAsync(client, Known, "192.0.2.61", leave.Token);
        await WaitUntil(() => limiter.DelayedRefusals == 1);

        var second = Send(client, Known, "192.0.2.61");
        (await Task.WhenAny(parked, second, Task.Delay(TimeSpan.FromSeconds(30)))).ShouldBeSameAs(second, "past the cap a refusal is sent at once");
        using (var answered = await second)
        {
            answered.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        }

        await leave.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(parked);
        await WaitUntil(() => limiter.DelayedRefusals == 0);
    }

    [Fact]
    public async Task Held_back_refusals_are_capped_over_all_clients()
    {
        using var app = Limited(permits: 1, b => b
            .UseSetting("RateLimiting:RefusalDelayMaxMilliseconds", "60000")
            .UseSetting("RateLimiting:MaxDelayedRefusals", "1"));
        using var client = app.CreateClient();
        var limiter = app.Services.GetRequiredService<ClientRateLimiter>();
        (await Send(client, Known, "192.0.2.62")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Send(client, Known, "192.0.2.63")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var leave = new CancellationTokenSource();
        var parked = SendAsync(client, Known, "192.0.2.62", leave.Token);
        await WaitUntil(() => limiter.DelayedRefusals == 1);

        var other = Send(client, Known, "192.0.2.63");
        (await Task.WhenAny(parked, other, Task.Delay(TimeSpan.FromSeconds(30)))).ShouldBeSameAs(other, "with every slot taken a refusal is sent at once");
        (await other).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limiter.DelayedRefusals.ShouldBe(1);

        await leave.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(parked);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/api/v1/health")]
    [InlineData("/")]
    [InlineData("/swagger/index.html")]
    public async Task Health_static_files_and_swagger_are_not_limited(string url)
    {
        using var app = Limited(permits: 1);
        using var client = app.CreateClient();

        (await Send(client, Known, "192.0.2.30")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Send(client, Known, "192.0.2.30")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        for (var i = 0; i < 3; i++)
        {
            (await Send(client, url, "192.0.2.30")).StatusCode.ShouldBe(HttpStatusCode.OK, url);
        }
    }

    [Theory]
    [InlineData("GET", "/api/v1/facts/un-general-assembly-abstention", HttpStatusCode.TooManyRequests)]
    [InlineData("POST", "/api/v1/facts", HttpStatusCode.MethodNotAllowed)]
    [InlineData("GET", "/api/v1/facts?p0=1&p1=1&p2=1&p3=1&p4=1&p5=1&p6=1&p7=1&p8=1&p9=1&p10=1&p11=1&p12=1&p13=1&p14=1&p15=1&p16=1&p17=1&p18=1&p19=1&p20=1&p21=1&p22=1&p23=1&p24=1&p25=1&p26=1&p27=1&p28=1&p29=1&p30=1&p31=1&p32=1", HttpStatusCode.BadRequest)]
    [InlineData("GET", "/api/v1/facts?pagesize=1", HttpStatusCode.BadRequest)]
    public async Task Refusals_carry_cors_headers_so_a_browser_on_another_origin_sees_the_status(string method, string url, HttpStatusCode expected)
    {
        using var app = Limited(permits: 1);
        using var client = app.CreateClient();
        if (expected == HttpStatusCode.TooManyRequests)
        {
            using var _ = await Send(client, url, "192.0.2.40");
        }

        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        request.Headers.Add("X-Test-Peer", "192.0.2.40");
        request.Headers.Add("Origin", "https://example.org");
        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(expected);
        response.Headers.GetValues("Access-Control-Allow-Origin").Single().ShouldBe("*");
    }

    [Fact]
    public async Task Security_headers_fit_each_part_of_the_site()
    {
        using var client = factory.CreateClient();

        using var site = await client.GetAsync("/");
        var csp = site.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("script-src 'self'");
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldNotContain("unsafe-inline");
        site.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
        site.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");

        using var swagger = await client.GetAsync("/swagger/index.html");
        swagger.StatusCode.ShouldBe(HttpStatusCode.OK);
        swagger.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("style-src 'self' 'unsafe-inline'");
        swagger.Headers.Contains("x-swagger-ui-version").ShouldBeFalse();

        using var api = await client.GetAsync(Known);
        api.Headers.GetValues("Content-Security-Policy").Single().ShouldStartWith("default-src 'none'");
    }

    [Theory]
    [InlineData("/openapi/v1.json")]
    [InlineData("/api/v1/facts")]
    public async Task A_plain_options_request_is_told_what_is_allowed(string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Options, url));

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        response.Content.Headers.Allow.ShouldBe(["GET", "HEAD", "OPTIONS"], ignoreOrder: true);
    }

    private WebApplicationFactory<Program> Limited(int permits, Action<IWebHostBuilder>? more = null) =>
        factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("RateLimiting:Enabled", "true")
                .UseSetting("RateLimiting:PermitLimit", permits.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .UseSetting("RateLimiting:WindowSeconds", "3600")
                .UseSetting("RateLimiting:BuiltCost", "0")
                .UseSetting("RateLimiting:ErrorCost", "0")
                .UseSetting("RateLimiting:RefusalDelayMaxMilliseconds", "0")
                .ConfigureServices(s => s.AddSingleton<IStartupFilter, PeerAddressFilter>());
            more?.Invoke(b);
        });

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 3000 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        condition().ShouldBeTrue();
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string url, string peer, CancellationToken cancel)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Test-Peer", peer);
        return await client.SendAsync(request, cancel);
    }

    private static async Task<HttpResponseMessage> Send(HttpClient client, string url, string peer, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Test-Peer", peer);
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Sets the connection's remote address from X-Test-Peer before the app's pipeline, as Kestrel sets it from the socket.</summary>
    private sealed class PeerAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue("X-Test-Peer", out var peer))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }

    /// <summary>A clock the test moves.</summary>
    private sealed class ManualTime : TimeProvider
    {
        private long ticks = TimeSpan.TicksPerDay;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Read(ref ticks);

        public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

        public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
    }
}
