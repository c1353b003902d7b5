using System.Text.Json;
using static KzData.Api.LinkedData.SchemaOrg;

namespace KzData.Api.LinkedData;

/// <summary>
/// A fact as a schema.org <c>Claim</c> in JSON-LD: <c>text</c> is the statement; <c>appearance</c> each cited article as a
/// <c>CreativeWork</c> (name, url of its text, author, publisher, datePublished) whose <c>hasPart</c> are the quotes
/// (<c>Quotation</c>); <c>author</c> the claimant; <c>about</c> the entities; <c>datePublished</c> when it was first
/// reported (asOf), <c>temporalCoverage</c> when it happened (date, or date/until), <c>dateCreated</c> the date of a
/// statement; and, when the curator's note says the article contradicts the public record
/// (<see cref="RecordContradiction"/>), a <c>ClaimReview</c> of it as <c>subjectOf</c>.
/// </summary>
internal static class ClaimDocument
{
    /// <summary>The media type of the document.</summary>
    public const string MediaType = "application/ld+json";

    /// <summary>Who writes the reviews: the dataset's curators.</summary>
    public const string Curators = "KzData curators";

    public static byte[] Write(Fact fact, ApiIris iris)
    {
        using var output = new MemoryStream();
        using (var json = new Utf8JsonWriter(output, JsonLd.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("@context", Context);
            json.WriteString("@type", Claim);
            json.WriteString("@id", iris.Fact(fact.Id));
            json.WriteString(Identifier, fact.Id);
            json.WriteString(Url, iris.Fact(fact.Id));
            json.WriteString(Text, fact.Statement);
            json.WriteString(InLanguage, "en");
            if (fact.Claimant is { } claimant)
            {
                json.WritePropertyName(Author);
                Actor(json, claimant, iris);
            }

            if (fact.AsOf is { } asOf)
            {
                json.WriteString(DatePublished, asOf.ToString());
            }

            if (fact.Date is { } date)
            {
                json.WriteString(TemporalCoverage, fact.Until is { } until ? $"{date}/{until}" : date.ToString());
                if (fact.Kind == ClaimKind.Statement)
                {
                    json.WriteString(DateCreated, date.ToString());
                }
            }

            json.WriteStartArray(About);
            foreach (var entity in fact.Entities)
            {
                Entity(json, entity, SchemaOrg.ThingType(entity.Kind), iris);
            }

            json.WriteEndArray();

            var sources = fact.Evidence.GroupBy(e => e.Source).ToList();
            if (sources.OrderBy(s => s.Key.Published is null).ThenBy(s => s.Key.Published).FirstOrDefault() is { } first)
            {
                json.WriteStartObject(FirstAppearance);
                json.WriteString("@id", iris.Source(first.Key.Id));
                json.WriteEndObject();
            }

            json.WriteStartArray(Appearance);
            foreach (var source in sources)
            {
                Article(json, source.Key, source, iris);
            }

            json.WriteEndArray();

            if (RecordContradiction.Says(fact.Note))
            {
                json.WritePropertyName(SubjectOf);
                Review(json, fact, iris);
            }

            json.WriteEndObject();
        }

        return output.ToArray();
    }

    private static void Article(Utf8JsonWriter json, Source source, IEnumerable<Evidence> evidence, ApiIris iris)
    {
        json.WriteStartObject();
        json.WriteString("@type", CreativeWork);
        json.WriteString("@id", iris.Source(source.Id));
        json.WriteString(Name, source.Title);
        json.WriteString(Url, iris.SourceText(source.Id));
        if (source.Author is { } author)
        {
            json.WritePropertyName(Author);
            Actor(json, author, iris);
        }

        if (source.Publisher is { } publisher)
        {
            json.WritePropertyName(Publisher);
            Actor(json, publisher, iris);
        }

        if (source.Published is { } published)
        {
            json.WriteString(DatePublished, published.ToString());
        }

        json.WriteStartArray(HasPart);
        foreach (var quote in evidence)
        {
            json.WriteStartObject();
            json.WriteString("@type", Quotation);
            json.WriteString(Text, quote.Quote);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Review(Utf8JsonWriter json, Fact fact, ApiIris iris)
    {
        json.WriteStartObject();
        json.WriteString("@type", ClaimReview);
        json.WriteString("@id", iris.Fact(fact.Id) + "#review");
        json.WriteStartObject(ItemReviewed);
        json.WriteString("@id", iris.Fact(fact.Id));
        json.WriteEndObject();
        json.WriteString(ClaimReviewed, fact.Statement);
        json.WriteString(ReviewBody, fact.Note);
        json.WriteStartObject(ReviewRating);
        json.WriteString("@type", Rating);
        json.WriteString(AlternateName, RecordContradiction.Verdict);
        json.WriteEndObject();
        json.WriteStartObject(Author);
        json.WriteString("@type", Organization);
        json.WriteString(Name, Curators);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Actor(Utf8JsonWriter json, Entity entity, ApiIris iris) => Entity(json, entity, SchemaOrg.ActorType(entity.Kind), iris);

    private static void Entity(Utf8JsonWriter json, Entity entity, string type, ApiIris iris)
    {
        json.WriteStartObject();
        json.WriteString("@type", type);
        json.WriteString("@id", iris.Entity(entity.Id));
        json.WriteString(Identifier, entity.Id);
        json.WriteString(Name, entity.Name);
        json.WriteEndObject();
    }
}
