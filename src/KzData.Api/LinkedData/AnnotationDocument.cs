using System.Text.Json;
using A = KzData.Api.LinkedData.WebAnnotation;

namespace KzData.Api.LinkedData;

/// <summary>
/// A fact's evidence as W3C Web Annotations, one per quote, in an <c>AnnotationPage</c>: each annotation's body is the
/// fact (its statement as a <c>TextualBody</c>, and its IRI), its target the article's text
/// (GET /api/v1/sources/{id}/text) with a <c>TextQuoteSelector</c> and a <c>TextPositionSelector</c>
/// (<see cref="TextAnchor"/>: code points, about 32 of context on each side).
/// </summary>
internal static class AnnotationDocument
{
    public static byte[] Write(Fact fact, ApiIris iris)
    {
        using var output = new MemoryStream();
        using (var json = new Utf8JsonWriter(output, JsonLd.WriterOptions))
        {
            var page = iris.Annotations(fact.Id);
            json.WriteStartObject();
            json.WriteString("@context", A.Context);
            json.WriteString(A.Id, page);
            json.WriteString(A.Type, A.AnnotationPage);
            json.WriteNumber(A.StartIndex, 0);
            json.WriteStartArray(A.Items);
            for (var i = 0; i < fact.Evidence.Count; i++)
            {
                Annotation(json, fact, fact.Evidence[i], $"{page}#evidence-{i + 1}", iris);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return output.ToArray();
    }

    private static void Annotation(Utf8JsonWriter json, Fact fact, Evidence evidence, string id, ApiIris iris)
    {
        var anchor = TextAnchor.Of(evidence.Source.Text, evidence.Start, evidence.Length);
        json.WriteStartObject();
        json.WriteString(A.Id, id);
        json.WriteString(A.Type, A.Annotation);
        json.WriteString(A.Motivation, A.Describing);
        json.WriteStartArray(A.Body);
        json.WriteStartObject();
        json.WriteString(A.Type, A.TextualBody);
        json.WriteString(A.Value, fact.Statement);
        json.WriteString(A.Format, "text/plain");
        json.WriteString(A.Language, "en");
        json.WriteString(A.Purpose, A.Describing);
        json.WriteEndObject();
        json.WriteStringValue(iris.Fact(fact.Id));
        json.WriteEndArray();

        json.WriteStartObject(A.Target);
        json.WriteString(A.Type, A.SpecificResource);
        json.WriteString(A.Source, iris.SourceText(evidence.Source.Id));
        json.WriteStartArray(A.Selector);
        json.WriteStartObject();
        json.WriteString(A.Type, A.TextQuoteSelector);
        json.WriteString(A.Exact, anchor.Exact);
        json.WriteString(A.Prefix, anchor.Prefix);
        json.WriteString(A.Suffix, anchor.Suffix);
        json.WriteEndObject();
        json.WriteStartObject();
        json.WriteString(A.Type, A.TextPositionSelector);
        json.WriteNumber(A.Start, anchor.Start);
        json.WriteNumber(A.End, anchor.End);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
