namespace KzData.Api.Infrastructure;

/// <summary>The RFC 8288 Link header of a list page: first, previous, next and last pages.</summary>
internal static class PageLinks
{
    /// <summary>First/prev/next/last links, keeping every other query parameter as given.</summary>
    public static string Header(HttpContext context, int page, int pageSize, int total)
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
