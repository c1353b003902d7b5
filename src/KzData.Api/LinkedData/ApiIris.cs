namespace KzData.Api.LinkedData;

/// <summary>
/// The IRIs linked data gives the dataset's things: their API URLs, absolute, on the host that was asked
/// (so the identifiers resolve, and a JSON-LD processor needs no base).
/// </summary>
/// <param name="Base">Scheme, host and path base of the request, e.g. <c>https://kzdata.example</c>.</param>
internal readonly record struct ApiIris(string Base)
{
    public static ApiIris Of(HttpContext context) => new($"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}");

    public string Fact(string id) => $"{Base}/api/v1/facts/{Uri.EscapeDataString(id)}";

    public string Annotations(string factId) => Fact(factId) + "/annotations";

    public string Entity(string id) => $"{Base}/api/v1/entities/{Uri.EscapeDataString(id)}";

    public string Source(string id) => $"{Base}/api/v1/sources/{Uri.EscapeDataString(id)}";

    /// <summary>The article's text, which evidence offsets and annotation selectors index.</summary>
    public string SourceText(string id) => Source(id) + "/text";
}
