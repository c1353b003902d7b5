using System.Buffers;
using System.Text;
using System.Text.Json;
using KzData.Api.Contracts;

namespace KzData.Api.Infrastructure;

/// <summary>
/// Builds list bodies (<c>{ items, page, pageSize, total }</c>) from pre-serialised items, and the
/// RFC 8288 Link header for the neighbouring pages.
/// </summary>
internal static class PageWriter
{
    private static readonly byte[] ItemsStart = "{\"items\":["u8.ToArray();

    public static byte[] FactPage(ApiData data, IReadOnlyList<Fact> matches, int page, int pageSize)
    {
        var skip = (long)(page - 1) * pageSize;
        var buffer = new ArrayBufferWriter<byte>(Math.Max(256, (int)Math.Min(matches.Count - Math.Min(skip, matches.Count), pageSize) * 1600));
        buffer.Write(ItemsStart);
        for (var i = (int)Math.Min(skip, matches.Count); i < Math.Min(skip + pageSize, matches.Count); i++)
        {
            if (i > skip)
            {
                buffer.Write(","u8);
            }

            buffer.Write(data.FactJson(matches[i]));
        }

        buffer.Write(Encoding.UTF8.GetBytes($"],\"page\":{page},\"pageSize\":{pageSize},\"total\":{matches.Count}}}"));
        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] Page<T>(IReadOnlyList<T> matches, int page, int pageSize, System.Text.Json.Serialization.Metadata.JsonTypeInfo<PageDto<T>> typeInfo)
    {
        var items = matches.Skip((page - 1) * pageSize).Take(pageSize).ToArray();
        return JsonSerializer.SerializeToUtf8Bytes(new PageDto<T>(items, page, pageSize, matches.Count), typeInfo);
    }

    /// <summary>First/prev/next/last links, keeping every other query parameter as given.</summary>
    public static string Links(HttpContext context, int page, int pageSize, int total)
    {
        var last = Math.Max(1, (total + pageSize - 1) / pageSize);
        var links = new List<string> { Link(context, 1, "first") };
        if (page > 1)
        {
            links.Add(Link(context, Math.Min(page - 1, last), "prev"));
        }

        if (page < last)
        {
            links.Add(Link(context, page + 1, "next"));
        }

        links.Add(Link(context, last, "last"));
        return string.Join(", ", links);
    }

    private static string Link(HttpContext context, int page, string rel)
    {
        var query = context.Request.Query
            .Where(p => p.Key != "page")
            .SelectMany(p => p.Value.Select(v => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(v ?? string.Empty)))
            .Append("page=" + page);
        return $"<{context.Request.PathBase}{context.Request.Path}?{string.Join("&", query)}>; rel=\"{rel}\"";
    }
}
