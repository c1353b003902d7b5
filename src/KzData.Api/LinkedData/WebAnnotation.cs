namespace KzData.Api.LinkedData;

/// <summary>
/// The W3C Web Annotation terms the API uses (https://www.w3.org/TR/annotation-model/), each defined once; the
/// JSON-LD expansion test checks the triples they become under the annotation context.
/// </summary>
internal static class WebAnnotation
{
    /// <summary>The annotation context.</summary>
    public const string Context = "http://www.w3.org/ns/anno.jsonld";

    /// <summary>The media type of an annotation document (Web Annotation Protocol, section 4).</summary>
    public const string MediaType = "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";

    // Keywords aliased by the context.
    public const string Id = "id";
    public const string Type = "type";

    // Types.
    public const string Annotation = "Annotation";
    public const string AnnotationPage = "AnnotationPage";
    public const string TextualBody = "TextualBody";
    public const string SpecificResource = "SpecificResource";
    public const string TextQuoteSelector = "TextQuoteSelector";
    public const string TextPositionSelector = "TextPositionSelector";

    // Properties.
    public const string Motivation = "motivation";
    public const string Body = "body";
    public const string Target = "target";
    public const string Source = "source";
    public const string Selector = "selector";
    public const string Exact = "exact";
    public const string Prefix = "prefix";
    public const string Suffix = "suffix";
    public const string Start = "start";
    public const string End = "end";
    public const string Value = "value";
    public const string Format = "format";
    public const string Language = "language";
    public const string Purpose = "purpose";
    public const string Items = "items";
    public const string StartIndex = "startIndex";

    // Motivations.
    public const string Describing = "describing";
}
