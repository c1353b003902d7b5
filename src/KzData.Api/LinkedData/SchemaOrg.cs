namespace KzData.Api.LinkedData;

/// <summary>
/// The schema.org terms the API's JSON-LD uses, each defined once: the writers (<see cref="ClaimDocument"/>) write
/// only these, and the JSON-LD expansion test checks the triples they become under the schema.org context.
/// </summary>
internal static class SchemaOrg
{
    /// <summary>The context every schema.org document names.</summary>
    public const string Context = "https://schema.org";

    // Types.
    public const string Claim = "Claim";
    public const string ClaimReview = "ClaimReview";
    public const string CreativeWork = "CreativeWork";
    public const string Quotation = "Quotation";
    public const string Rating = "Rating";
    public const string Person = "Person";
    public const string Organization = "Organization";
    public const string GovernmentOrganization = "GovernmentOrganization";
    public const string NewsMediaOrganization = "NewsMediaOrganization";
    public const string Corporation = "Corporation";
    public const string Country = "Country";
    public const string Place = "Place";

    // Properties.
    public const string Identifier = "identifier";
    public const string Name = "name";
    public const string Text = "text";
    public const string Url = "url";
    public const string Author = "author";
    public const string Publisher = "publisher";
    public const string About = "about";
    public const string Appearance = "appearance";
    public const string FirstAppearance = "firstAppearance";
    public const string HasPart = "hasPart";
    public const string DatePublished = "datePublished";
    public const string DateCreated = "dateCreated";
    public const string TemporalCoverage = "temporalCoverage";
    public const string SubjectOf = "subjectOf";
    public const string ItemReviewed = "itemReviewed";
    public const string ClaimReviewed = "claimReviewed";
    public const string ReviewBody = "reviewBody";
    public const string ReviewRating = "reviewRating";
    public const string AlternateName = "alternateName";
    public const string InLanguage = "inLanguage";

    /// <summary>The schema.org type of an entity that speaks or writes (the range of <c>author</c>, <c>publisher</c>).</summary>
    /// <remarks>A country speaks through its government, so as an author it is a <see cref="GovernmentOrganization"/>.</remarks>
    public static string ActorType(EntityKind kind) => kind switch
    {
        EntityKind.Person => Person,
        EntityKind.Media => NewsMediaOrganization,
        EntityKind.Company => Corporation,
        EntityKind.Country => GovernmentOrganization,
        _ => Organization,
    };

    /// <summary>The schema.org type of an entity a claim is about.</summary>
    public static string ThingType(EntityKind kind) => kind switch
    {
        EntityKind.Country => Country,
        EntityKind.Place => Place,
        _ => ActorType(kind),
    };
}
