using System.Text.Json;

namespace KzData.Api.LinkedData;

/// <summary>What the JSON-LD writers share.</summary>
internal static class JsonLd
{
    /// <summary>Quotes and apostrophes as themselves, like the API's JSON (the bodies are never embedded in HTML).</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// True when the request's Accept header asks for JSON-LD (<c>application/ld+json</c>) at least as much as for plain
    /// JSON. Wildcards (<c>*/*</c>, <c>application/*</c>) keep the default, application/json.
    /// </summary>
    public static bool IsPreferred(HttpRequest request)
    {
        if (!Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            return false;
        }

        double ld = 0, json = 0;
        foreach (var media in accepted)
        {
            var q = media.Quality ?? 1;
            if (media.MediaType.Equals("application/ld+json", StringComparison.OrdinalIgnoreCase))
            {
                ld = Math.Max(ld, q);
            }
            else if (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
            {
                json = Math.Max(json, q);
            }
        }

        return ld > 0 && ld >= json;
    }
}
