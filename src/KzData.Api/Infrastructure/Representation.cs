using System.Collections.Concurrent;
using System.IO.Compression;

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

    public Representation(byte[] body, string contentType, string tag, string? links = null)
    {
        Body = body;
        ContentType = contentType;
        Links = links;
        ETag = $"\"{tag}\"";
        brotli = new Lazy<byte[]>(() => Compress(body, s => new BrotliStream(s, CompressionLevel.Optimal)));
        gzip = new Lazy<byte[]>(() => Compress(body, s => new GZipStream(s, CompressionLevel.Optimal)));
    }

    public byte[] Body { get; }

    public string ContentType { get; }

    /// <summary>The RFC 8288 Link header of a list page, computed with the body.</summary>
    public string? Links { get; }

    /// <summary>The identity representation's strong ETag; encoded forms append the coding.</summary>
    public string ETag { get; }

    public byte[] Encoded(string coding) => coding == "br" ? brotli.Value : gzip.Value;

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

/// <summary>
/// Representations by request (path and query), bounded so that random query strings cannot grow
/// memory: past the bound, responses are built per request and not kept.
/// </summary>
internal sealed class RepresentationCache
{
    private const int MaxEntries = 4096;
    private readonly ConcurrentDictionary<string, Representation> entries = new(StringComparer.Ordinal);

    public const string Json = "application/json; charset=utf-8";

    /// <summary>
    /// The representation already built for this exact request, if any. Only valid requests are
    /// cached, so a hit needs no validation again.
    /// </summary>
    public bool TryGet(HttpContext context, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Representation? representation) =>
        entries.TryGetValue(Key(context), out representation);

    public Representation Get(HttpContext context, string contentType, Func<byte[]> build) =>
        Get(context, contentType, () => (build(), null));

    public Representation Get(HttpContext context, string contentType, Func<(byte[] Body, string? Links)> build)
    {
        var key = Key(context);
        if (entries.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var (body, links) = build();
        var representation = new Representation(body, contentType, Tag(key), links);
        if (entries.Count < MaxEntries)
        {
            entries.TryAdd(key, representation);
        }

        return representation;
    }

    private static string Key(HttpContext context) => context.Request.Path.Value + context.Request.QueryString.Value;

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
}
