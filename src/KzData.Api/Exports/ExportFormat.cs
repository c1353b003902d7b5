using Microsoft.Net.Http.Headers;

namespace KzData.Api.Exports;

/// <summary>
/// A whole-list representation of a list endpoint: every matching row in one response, no paging. The one
/// definition of each format's name (<c>format=</c>), media type (<c>Accept</c>, <c>Content-Type</c>, OpenAPI)
/// and file extension (<c>Content-Disposition</c>).
/// </summary>
/// <param name="Name">The value of the <c>format</c> query parameter.</param>
/// <param name="MediaType">The media type asked for in <c>Accept</c> and documented in OpenAPI.</param>
/// <param name="ContentType">The <c>Content-Type</c> sent (the media type with its parameters).</param>
/// <param name="Extension">The file extension of the download, with its dot.</param>
internal sealed record ExportFormat(string Name, string MediaType, string ContentType, string Extension)
{
    /// <summary>RFC 4180 CSV, UTF-8 without a byte order mark, a header row, CRLF line ends.</summary>
    public static readonly ExportFormat Csv = new("csv", "text/csv", "text/csv; charset=utf-8; header=present", ".csv");

    /// <summary>Newline-delimited JSON: one list item per line, each exactly as in the JSON list's <c>items</c>.</summary>
    public static readonly ExportFormat Ndjson = new("ndjson", "application/x-ndjson", "application/x-ndjson", ".ndjson");

    /// <summary>The export formats, in the order documented.</summary>
    public static readonly IReadOnlyList<ExportFormat> All = [Csv, Ndjson];

    /// <summary>The value of <c>format</c> that asks for the paged JSON list (the default).</summary>
    public const string JsonName = "json";

    /// <summary>Every value <c>format</c> takes.</summary>
    public static readonly IReadOnlyList<string> Names = [JsonName, .. All.Select(f => f.Name)];

    /// <summary>The format named by <paramref name="name"/>; null for <c>json</c> or an unknown name.</summary>
    public static ExportFormat? ByName(string? name) => All.FirstOrDefault(f => f.Name == name);
}

/// <summary>
/// Which representation a list request asks for: <c>format=</c> when given (a link says what it is), else the
/// <c>Accept</c> header. A pure function of the request, so the cache key and the body always agree.
/// </summary>
internal static class ExportNegotiation
{
    /// <summary>The name of the query parameter (declared by <see cref="ExportQuery"/>).</summary>
    public const string Parameter = "format";

    /// <summary>
    /// The export this request asks for, or null for the paged JSON. Only on endpoints that declare
    /// <see cref="Parameter"/>; an invalid <c>format</c> is null here and a 400 from <see cref="ExportQuery.Read"/>.
    /// </summary>
    public static ExportFormat? Negotiate(HttpContext context)
    {
        if (!Supports(context))
        {
            return null;
        }

        if (context.Request.Query.TryGetValue(Parameter, out var format))
        {
            return ExportFormat.ByName(format.ToString());
        }

        return FromAccept(context.Request.Headers.Accept);
    }

    /// <summary>
    /// What the cache key needs beyond path and query: the export chosen by <c>Accept</c> (a chosen
    /// <c>format=</c> is in the query already).
    /// </summary>
    public static string KeySuffix(HttpContext context) =>
        !context.Request.Query.ContainsKey(Parameter) && Negotiate(context) is { } format ? "#" + format.Name : string.Empty;

    /// <summary>Whether the request's endpoint is a list with exports (it declares <c>format</c>).</summary>
    public static bool Supports(HttpContext context) =>
        Infrastructure.QueryParameters.For(context)?.Contains(Parameter) == true;

    /// <summary>
    /// The export an Accept header prefers: the highest quality among JSON (<c>application/json</c>, or a wildcard),
    /// CSV and NDJSON. On a tie an explicitly named type beats a wildcard, and JSON beats an export.
    /// </summary>
    internal static ExportFormat? FromAccept(Microsoft.Extensions.Primitives.StringValues accept)
    {
        // The usual request names no export type at all: answer JSON without parsing the header.
        if (accept.Count == 0 || !accept.Any(a => a is not null && ExportFormat.All.Any(f => a.Contains(f.MediaType, StringComparison.OrdinalIgnoreCase)))
            || !MediaTypeHeaderValue.TryParseList(accept, out var types))
        {
            return null;
        }

        ExportFormat? best = null;
        (double Quality, int Rank) bestScore = (0, -1);
        foreach (var type in types)
        {
            var quality = type.Quality ?? 1;
            if (quality <= 0)
            {
                continue;
            }

            var media = type.MediaType.Value ?? string.Empty;
            ExportFormat? candidate = null;
            int rank;
            if (media.Equals("application/json", StringComparison.OrdinalIgnoreCase))
            {
                rank = 3;
            }
            else if (ExportFormat.All.FirstOrDefault(f => media.Equals(f.MediaType, StringComparison.OrdinalIgnoreCase)) is { } export)
            {
                candidate = export;
                rank = 2;
            }
            else if (media is "*/*" || media.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            {
                rank = 1;
            }
            else
            {
                continue;
            }

            if (quality > bestScore.Quality || (quality == bestScore.Quality && rank > bestScore.Rank))
            {
                bestScore = (quality, rank);
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>
    /// The download's file name: <c>kzdata-</c>, the path below <c>/api/v1/</c> with slashes as dashes, the dataset
    /// version, the extension (<c>kzdata-facts-&lt;version&gt;.csv</c>, <c>kzdata-entities-csto-claims-&lt;version&gt;.ndjson</c>).
    /// </summary>
    public static string FileName(HttpContext context, ExportFormat format)
    {
        var path = (context.Request.Path.Value ?? string.Empty).Trim('/');
        const string prefix = "api/v1/";
        if (path.StartsWith(prefix, StringComparison.Ordinal))
        {
            path = path[prefix.Length..];
        }

        var name = new string([.. path.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '-')]);
        return $"kzdata-{name}-{Dataset.Version}{format.Extension}";
    }

    /// <summary>The Content-Disposition of a download (RFC 6266); the name is ASCII letters, digits, '-' and '.' by construction.</summary>
    public static string Disposition(HttpContext context, ExportFormat format) => $"attachment; filename=\"{FileName(context, format)}\"";
}
