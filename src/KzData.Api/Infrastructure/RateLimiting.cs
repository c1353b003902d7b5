using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace KzData.Api.Infrastructure;

/// <summary>Settings of the per-client rate limiter (section "RateLimiting" in appsettings).</summary>
public sealed class RateLimitingOptions
{
    /// <summary>Off for load tests; on by default.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Tokens in a full bucket: the burst one client (IP address, or IPv6 /64) may make at once.</summary>
    public int PermitLimit { get; set; } = 1200;

    /// <summary>Seconds to refill an empty bucket: the sustained rate is PermitLimit / WindowSeconds per second.</summary>
    public int WindowSeconds { get; set; } = 10;

    /// <summary>Extra tokens for an answer that had to be built (a cache miss).</summary>
    public int BuiltCost { get; set; } = 2;

    /// <summary>And one more token per this many bytes serialised or compressed for the request (a 170 KB page: ~21).</summary>
    public int BuiltBytesPerToken { get; set; } = 8 * 1024;

    /// <summary>Extra tokens for an error answer (400, 404): unknown ids and bad values, each with a "did you mean" scan.</summary>
    public int ErrorCost { get; set; } = 4;

    /// <summary>
    /// A refusal is held back for up to this long (never past the moment a token is back) before it is sent, so a
    /// client that ignores Retry-After and asks again at once gets a few answers a second per connection, not
    /// tens of thousands: on a 2-core server the CPU those would take is the CPU other clients need. 0 answers at once.
    /// </summary>
    public int RefusalDelayMaxMilliseconds { get; set; } = 1000;

    /// <summary>Refusals held back at once, over all clients; past it they are sent at once (memory stays bounded).</summary>
    public int MaxDelayedRefusals { get; set; } = 4096;

    /// <summary>Refusals held back at once for one client, so one client cannot take every slot.</summary>
    public int MaxDelayedRefusalsPerClient { get; set; } = 1024;
}

/// <summary>What a request cost beyond its base token, noted by the code that did the work.</summary>
internal sealed class RequestCost
{
    /// <summary>A representation was built (or compressed) for this request rather than served from the cache.</summary>
    public bool Built { get; private set; }

    /// <summary>Bytes serialised or compressed for this request.</summary>
    public long Bytes { get; private set; }

    /// <summary>Notes <paramref name="bytes"/> of work done for this request (nothing when the limiter is off).</summary>
    public static void Add(HttpContext context, long bytes)
    {
        if (context.Features.Get<RequestCost>() is { } cost)
        {
            cost.Built = true;
            cost.Bytes += bytes;
        }
    }
}

/// <summary>
/// Per-client token buckets: each request takes one token before it runs and pays the rest of its cost
/// (<see cref="RateLimitingOptions.BuiltCost"/> plus a token per <see cref="RateLimitingOptions.BuiltBytesPerToken"/>
/// bytes built or compressed, <see cref="RateLimitingOptions.ErrorCost"/>) when it is done,
/// so a client that makes the API work (cache misses, unknown ids, junk) runs dry sooner than one reading
/// cached answers. Clients are IP addresses (IPv6 by /64 prefix, which one subscriber usually holds whole), after
/// forwarded headers from configured proxies only. A refused request gets 429 with <c>Retry-After</c>: the
/// seconds until the bucket actually holds a token again. /health, static files and Swagger UI are not limited.
/// </summary>
internal sealed class ClientRateLimiter(RateLimitingOptions options, TimeProvider time)
{
    /// <summary>Buckets kept before idle (full) ones are swept.</summary>
    private const int SweepThreshold = 10_000;

    private readonly ConcurrentDictionary<string, Bucket> buckets = new(StringComparer.Ordinal);
    private long nextSweep;
    private readonly double capacity = Math.Max(1, options.PermitLimit);
    private readonly double perSecond = Math.Max(1, options.PermitLimit) / (double)Math.Max(1, options.WindowSeconds);
    private readonly TimeSpan maxRefusalDelay = TimeSpan.FromMilliseconds(Math.Max(0, options.RefusalDelayMaxMilliseconds));
    private int delayedRefusals;

    /// <summary>Refusals being held back right now (for tests and diagnostics).</summary>
    public int DelayedRefusals => Volatile.Read(ref delayedRefusals);

    /// <summary>Paths the limiter leaves alone: liveness, the explorer's files, Swagger UI.</summary>
    public static bool IsExempt(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/api/v1/health")
        || !(path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi"));

    /// <summary>The partition of a client: an IPv4 address, or the /64 prefix of an IPv6 address.</summary>
    public static string PartitionOf(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[8..].Clear();
        return new IPAddress(bytes).ToString() + "/64";
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (IsExempt(context.Request.Path))
        {
            await next(context);
            return;
        }

        var bucket = buckets.GetOrAdd(PartitionOf(context.Connection.RemoteIpAddress), _ => new Bucket(capacity, time.GetTimestamp()));
        if (buckets.Count > SweepThreshold)
        {
            SweepNow();
        }

        var wait = bucket.TryTake(1, capacity, perSecond, time);
        if (wait > TimeSpan.Zero)
        {
            var decided = time.GetTimestamp();
            await HoldBack(context, bucket, wait);
            await Reject(context, wait - time.GetElapsedTime(decided));
            return;
        }

        var cost = new RequestCost();
        context.Features.Set(cost);
        await next(context);

        var extra = (context.Response.StatusCode is StatusCodes.Status400BadRequest or StatusCodes.Status404NotFound ? options.ErrorCost : 0)
            + (cost.Built ? options.BuiltCost + (int)Math.Min(cost.Bytes / Math.Max(1, options.BuiltBytesPerToken), capacity) : 0);
        if (extra > 0)
        {
            bucket.Charge(extra, capacity, perSecond, time);
        }
    }

    /// <summary>
    /// Holds a refusal back for the client's wait (at most <see cref="RateLimitingOptions.RefusalDelayMaxMilliseconds"/>)
    /// while there are slots for it, so a flooding client's connections sit idle instead of spinning on cheap 429s.
    /// </summary>
    private async Task HoldBack(HttpContext context, Bucket bucket, TimeSpan wait)
    {
        var delay = wait < maxRefusalDelay ? wait : maxRefusalDelay;
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        if (Interlocked.Increment(ref delayedRefusals) > options.MaxDelayedRefusals
            | Interlocked.Increment(ref bucket.DelayedRefusals) > options.MaxDelayedRefusalsPerClient)
        {
            Interlocked.Decrement(ref delayedRefusals);
            Interlocked.Decrement(ref bucket.DelayedRefusals);
            return;
        }

        try
        {
            await Task.Delay(delay, time, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client left; the refusal is written to a closed connection, which costs nothing.
        }
        finally
        {
            Interlocked.Decrement(ref delayedRefusals);
            Interlocked.Decrement(ref bucket.DelayedRefusals);
        }
    }

    private Task Reject(HttpContext context, TimeSpan wait)
    {
        // After a hold-back the token may already be back: then "retry after 0 s" is the truth.
        var seconds = Math.Max(0, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests",
            detail: $"This client used up its {options.PermitLimit} requests (refilled at {perSecond:0.##} per second; errors and uncached answers cost more); retry after {seconds} s.")
            .ExecuteAsync(context);
    }

    /// <summary>At most once a second (a sweep walks every bucket), forgets clients whose bucket has refilled.</summary>
    private void SweepNow()
    {
        var now = time.GetTimestamp();
        var due = Interlocked.Read(ref nextSweep);
        if (now < due || Interlocked.CompareExchange(ref nextSweep, now + time.TimestampFrequency, due) != due)
        {
            return;
        }

        Sweep();
    }

    /// <summary>Forgets clients whose bucket has refilled: they would start full anyway.</summary>
    private void Sweep()
    {
        foreach (var (key, bucket) in buckets)
        {
            if (bucket.IsFull(capacity, perSecond, time))
            {
                buckets.TryRemove(key, out _);
            }
        }
    }

    private sealed class Bucket(double tokens, long stamp)
    {
        private readonly Lock gate = new();
        private double tokens = tokens;
        private long stamp = stamp;

        /// <summary>This client's refusals being held back right now.</summary>
        public int DelayedRefusals;

        /// <summary>Takes <paramref name="cost"/> tokens, or says how long until they are there (nothing taken).</summary>
        public TimeSpan TryTake(double cost, double capacity, double perSecond, TimeProvider time)
        {
            lock (gate)
            {
                Refill(capacity, perSecond, time);
                if (tokens >= cost)
                {
                    tokens -= cost;
                    return TimeSpan.Zero;
                }

                return TimeSpan.FromSeconds((cost - tokens) / perSecond);
            }
        }

        /// <summary>Takes tokens after the fact; the balance may go below zero, so the client waits it off.</summary>
        public void Charge(double cost, double capacity, double perSecond, TimeProvider time)
        {
            lock (gate)
            {
                Refill(capacity, perSecond, time);
                tokens = Math.Max(tokens - cost, -capacity);
            }
        }

        public bool IsFull(double capacity, double perSecond, TimeProvider time)
        {
            lock (gate)
            {
                Refill(capacity, perSecond, time);
                return tokens >= capacity;
            }
        }

        private void Refill(double capacity, double perSecond, TimeProvider time)
        {
            var now = time.GetTimestamp();
            tokens = Math.Min(capacity, tokens + (time.GetElapsedTime(stamp, now).TotalSeconds * perSecond));
            stamp = now;
        }
    }
}
