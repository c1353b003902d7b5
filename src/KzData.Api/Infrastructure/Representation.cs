using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.IO.Compression;
using System.Text.Json.Serialization.Metadata;
using KzData.Api.Contracts;
using KzData.Api.Queries;

namespace KzData.Api.Infrastructure;

/// <summary>
/// One response body with its strong ETag, and its Brotli/gzip forms computed once on first demand:
/// the data is immutable, so a representation never goes stale while the process runs.
/// </summary>
internal sealed class Representation
{
    /// <summary>Bodies smaller than this are not worth compressing.</summary>
    public const int CompressionThreshold = 860;

    private readonly Lazy<byte[]> brotli;
    private readonly Lazy<byte[]> gzip;

    public Representation(byte[] body, string contentType, string tag, string? links = null, int statusCode = StatusCodes.Status200OK, string? location = null)
    {
        Body = body;
        ContentType = contentType;
        Links = links;
        StatusCode = statusCode;
        Location = location;
        ETag = $"\"{tag}\"";
        brotli = new Lazy<byte[]>(() => Compress(body, s => new BrotliStream(s, CompressionLevel.Optimal)));
        gzip = new Lazy<byte[]>(() => Compress(body, s => new GZipStream(s, CompressionLevel.Optimal)));
    }

    public byte[] Body { get; }

    public string ContentType { get; }

    /// <summary>The RFC 8288 Link header of a list page, computed with the body.</summary>
    public string? Links { get; }

    /// <summary>200, or the status of a fixed answer that is not the resource itself (308 for a retired id that forwards, 410 for a removed one).</summary>
    public int StatusCode { get; }

    /// <summary>The Location header of a redirect.</summary>
    public string? Location { get; }

    /// <summary>The Content-Disposition of a download (a list exported as CSV or NDJSON).</summary>
    public string? Disposition { get; init; }

    /// <summary>Whether the body depends on the Accept header (every list: JSON, CSV or NDJSON).</summary>
    public bool VaryAccept { get; init; }

    /// <summary>The identity representation's strong ETag; encoded forms append the coding.</summary>
    public string ETag { get; }

    public byte[] Encoded(string coding) => coding == "br" ? brotli.Value : gzip.Value;

    /// <summary>Whether the <paramref name="coding"/> form is already computed (so serving it costs nothing).</summary>
    public bool IsEncoded(string coding) => coding == "br" ? brotli.IsValueCreated : gzip.IsValueCreated;

    private static byte[] Compress(byte[] body, Func<Stream, Stream> wrap)
    {
        using var output = new MemoryStream(body.Length / 4);
        using (var stream = wrap(output))
        {
            stream.Write(body);
        }

        return output.ToArray();
    }
}

/// <summary>Settings of the response cache (section "ResponseCache" in appsettings).</summary>
public sealed class ResponseCacheOptions
{
    /// <summary>The most the cached bodies (with their compressed forms) may take, in bytes. Default 64 MB.</summary>
    public long MaxBytes { get; set; } = 64L * 1024 * 1024;
}

/// <summary>
/// The one way an API response is made: representations by request (path and canonical query), each built
/// once, typed by the <see cref="JsonTypeInfo{T}"/> (or text) it was made from, and written with ETag, 304,
/// Cache-Control and compression by <see cref="RepresentationResult{T}"/>.
/// </summary>
/// <remarks>
/// Bounded in bytes, not entries (<see cref="ResponseCacheOptions.MaxBytes"/>): each entry is charged its body,
/// key and links plus what its Brotli and gzip forms may take; past the budget the least recently used entries
/// are evicted (down to 90%, so eviction is amortised), so new keys are always cached and memory stays flat.
/// Keys are canonical (<see cref="KnownParameters.Canonical"/>): parameter order, <c>page=0001</c> and the like
/// do not make new entries, and unknown parameters never reach the cache (they are a 400).
/// </remarks>
internal sealed class RepresentationCache(Microsoft.Extensions.Options.IOptions<ResponseCacheOptions> options)
{
    private const string JsonContentType = "application/json; charset=utf-8";
    private const string TextContentType = "text/plain; charset=utf-8";
    private const string ProblemContentType = "application/problem+json; charset=utf-8";

    /// <summary>Rough fixed cost of an entry: dictionary node, objects, headers.</summary>
    private const int EntryOverhead = 256;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private readonly long maxBytes = Math.Max(64 * 1024, options.Value.MaxBytes);
    private long bytes;

    /// <summary>Bytes charged to the cached entries now (at most the budget).</summary>
    public long SizeBytes => Interlocked.Read(ref bytes);

    public long MaxBytes => maxBytes;

    public int Count => entries.Count;

    /// <summary>Whether the representation of this request is cached (for tests).</summary>
    public bool Contains(HttpContext context) => entries.ContainsKey(Key(context));

    /// <summary>
    /// The representation already built for this exact request, if any. Only valid requests are cached,
    /// so a hit needs no validation again; the path fixes the endpoint, hence <typeparamref name="T"/>.
    /// </summary>
    public bool TryGet<T>(HttpContext context, [NotNullWhen(true)] out RepresentationResult<T>? result)
    {
        result = TryHit(Key(context), out var representation) ? new RepresentationResult<T>(representation) : null;
        return result is not null;
    }

    /// <summary>A JSON body serialised from <paramref name="value"/> with <paramref name="typeInfo"/>.</summary>
    public RepresentationResult<T> Json<T>(HttpContext context, JsonTypeInfo<T> typeInfo, Func<T> value) =>
        Json(context, () => JsonBytes.Of(value(), typeInfo));

    /// <summary>A JSON body already serialised as a <typeparamref name="T"/>.</summary>
    public RepresentationResult<T> Json<T>(HttpContext context, Func<JsonBytes<T>> json) =>
        new(Get(context, JsonContentType, () => (json().Utf8, null)));

    /// <summary>One page of <paramref name="matches"/> as a <see cref="PageDto{T}"/>, with its Link header.</summary>
    public RepresentationResult<PageDto<T>> Page<T>(HttpContext context, JsonTypeInfo<PageDto<T>> typeInfo, Paging paging, Func<IReadOnlyList<T>> matches) =>
        Exports.ExportNegotiation.Negotiate(context) is { } format
            ? new(Export(context, format, () => Exports.ExportBody.Of(format, matches())))
            : new(Get(context, JsonContentType, () =>
            {
                var all = matches();
                var page = new PageDto<T> { Items = paging.Of(all).ToArray(), Page = paging.Page, PageSize = paging.PageSize, Total = all.Count };
                return (JsonBytes.Of(page, typeInfo).Utf8, PageLinks.Header(context, paging.Page, paging.PageSize, all.Count));
            }, varyAccept: true));

    /// <summary>One page of <paramref name="matches"/> whose items are serialised once and kept (<paramref name="item"/>).</summary>
    public RepresentationResult<PageDto<T>> Page<TSource, T>(HttpContext context, JsonTypeInfo<PageDto<T>> typeInfo, Paging paging, Func<IReadOnlyList<TSource>> matches, Func<TSource, JsonBytes<T>> item) =>
        Exports.ExportNegotiation.Negotiate(context) is { } format
            ? new(Export(context, format, () => Exports.ExportBody.Of(format, matches().Select(item))))
            : new(Get(context, JsonContentType, () =>
            {
                var all = matches();
                var page = JsonBytes.Page(typeInfo, paging.Of(all).Select(item).ToArray(), paging.Page, paging.PageSize, all.Count);
                return (page.Utf8, PageLinks.Header(context, paging.Page, paging.PageSize, all.Count));
            }, varyAccept: true));

    /// <summary>A whole list as CSV or NDJSON (no paging, no Link header), a download named after the list and the dataset version.</summary>
    private Representation Export(HttpContext context, Exports.ExportFormat format, Func<byte[]> body) =>
        Get(context, format.ContentType, () => (body(), null), varyAccept: true, disposition: Exports.ExportNegotiation.Disposition(context, format));

    /// <summary>A 308 Permanent Redirect to <paramref name="location"/>, with an empty body.</summary>
    public PermanentRedirectResult PermanentRedirect(HttpContext context, Func<string> location) =>
        new(Get(context, JsonContentType, () => ([], null), StatusCodes.Status308PermanentRedirect, location));

    /// <summary>A 410 Gone problem+json body serialised from <paramref name="problem"/>.</summary>
    public GoneResult Gone(HttpContext context, Func<GoneProblemDto> problem) =>
        new(Get(context, ProblemContentType, () => (JsonBytes.Of(problem(), AppJsonContext.Web.GoneProblemDto).Utf8, null), StatusCodes.Status410Gone));

    /// <summary>A text/plain body.</summary>
    public RepresentationResult<string> Text(HttpContext context, Func<string> text) =>
        new(Get(context, TextContentType, () => (System.Text.Encoding.UTF8.GetBytes(text()), null)));

    /// <summary>
    /// Another representation of the same resource (e.g. JSON-LD), chosen by content negotiation: cached under the
    /// request's key plus <paramref name="variant"/>, so each has its own entry and ETag.
    /// </summary>
    public Representation Variant(HttpContext context, string variant, string contentType, Func<byte[]> body)
    {
        var key = Key(context) + "#" + variant;
        if (TryHit(key, out var cached))
        {
            return cached;
        }

        var bytes = body();
        RequestCost.Add(context, bytes.Length);
        var representation = new Representation(bytes, contentType, Tag(key));
        Add(key, representation);
        return representation;
    }

    private bool TryHit(string key, [NotNullWhen(true)] out Representation? representation)
    {
        if (entries.TryGetValue(key, out var entry))
        {
            entry.LastUsed = Environment.TickCount64;
            representation = entry.Representation;
            return true;
        }

        representation = null;
        return false;
    }

    private Representation Get(HttpContext context, string contentType, Func<(byte[] Body, string? Links)> build, int statusCode = StatusCodes.Status200OK, Func<string>? location = null, bool varyAccept = false, string? disposition = null)
    {
        var key = Key(context);
        if (TryHit(key, out var cached))
        {
            return cached;
        }

        // A miss builds the answer: the rate limiter charges it more than a hit.
        var (body, links) = build();
        if (statusCode == StatusCodes.Status200OK && contentType == JsonContentType && Fields.FieldSelection.Of(context) is { } fields)
        {
            body = fields.Apply(body); // fields=: the key holds the canonical selection
        }

        RequestCost.Add(context, body.Length);
        var representation = new Representation(body, contentType, Tag(key), links, statusCode, location?.Invoke()) { VaryAccept = varyAccept, Disposition = disposition };
        Add(key, representation);
        return representation;
    }

    private void Add(string key, Representation representation)
    {
        // Body, plus at most as much again for the Brotli and gzip forms, plus key, links and overhead.
        var size = (2L * representation.Body.Length) + (2L * (key.Length + (representation.Links?.Length ?? 0))) + EntryOverhead;
        if (size > maxBytes / 8)
        {
            return; // one answer may not take the cache over; it is still served, just rebuilt next time
        }

        var entry = new Entry(representation, size) { LastUsed = Environment.TickCount64 };
        lock (gate)
        {
            if (!entries.TryAdd(key, entry))
            {
                return;
            }

            bytes += size;
            if (bytes > maxBytes)
            {
                Evict(keep: key);
            }
        }
    }

    /// <summary>Drops least recently used entries until 90% of the budget (under the lock).</summary>
    private void Evict(string keep)
    {
        var target = maxBytes / 10 * 9;
        foreach (var (key, entry) in entries.ToArray().OrderBy(e => e.Value.LastUsed))
        {
            if (bytes <= target)
            {
                break;
            }

            if (key != keep && entries.TryRemove(key, out var removed))
            {
                bytes -= removed.Size;
            }
        }
    }

    private static string Key(HttpContext context)
    {
        var query = context.Request.QueryString;
        if (!query.HasValue)
        {
            return (context.Request.Path.Value ?? string.Empty) + Exports.ExportNegotiation.KeySuffix(context);
        }

        var canonical = QueryParameters.For(context)?.Canonical(context.Request.Query) ?? query.Value;
        return context.Request.Path.Value + canonical + Exports.ExportNegotiation.KeySuffix(context);
    }

    /// <summary>The dataset version plus a hash of the request: it changes whenever the data does.</summary>
    private static string Tag(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return $"{Dataset.Version}-{hash:x16}";
    }

    private sealed class Entry(Representation representation, long size)
    {
        public Representation Representation { get; } = representation;

        public long Size { get; } = size;

        public long LastUsed { get; set; }
    }
}
