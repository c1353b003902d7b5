using System.Globalization;
using KzData.Api.Contracts;
using KzData.Common;

namespace KzData.Api.Exports;

/// <summary>
/// The export tables: the columns of every list's CSV, and the resources of the Data Package. Each column is
/// defined once here; the CSV header, the Table Schema and the OpenAPI description follow from it.
/// </summary>
internal static class ExportTables
{
    /// <summary>Joins the values of a list column (ids, aliases): no id, alias or name contains it (a test checks).</summary>
    public const string ListSeparator = "|";

    public static readonly ExportTable<FactDto> Facts = new(
        "facts",
        "Facts",
        "One atomic, checkable claim per row. Its quotes are in evidence, the entities it lists in fact-entities.",
        AppJsonContext.Web.FactDto,
        [
            Id<FactDto>("id", "Kebab-case id, unique among facts.", f => f.Id),
            Text<FactDto>("statement", "The claim in clean, neutral English.", f => f.Statement, required: true),
            Term<FactDto, Topic>("topic", "What the fact is about.", f => f.Topic),
            Term<FactDto, ClaimKind>("kind", "Whose claim it is: event, statement or assessment.", f => f.Kind, required: false),
            Date<FactDto>("date", "When it happened or was said: YYYY, YYYY-MM or YYYY-MM-DD.", f => f.Date),
            Date<FactDto>("until", "End of a period that starts at date.", f => f.Until),
            IdList<FactDto>("entities", "Ids of the entities the fact lists, joined with '|' (one row each in fact-entities).", f => f.Entities.Select(e => e.Id)),
            Id<FactDto>("attributedTo", "Id of the entity who said it.", f => f.AttributedTo?.Id, required: false),
            Id<FactDto>("claimant", "Id of the entity whose claim it is (attributedTo, or the author of the source of an assessment); empty for an event.", f => f.Claimant?.Id, required: false),
            Date<FactDto>("asOf", "When it was reported: the published date of its earliest source.", f => f.AsOf),
            new("quantityValue", FieldType.Number, "The number the fact states, if any.", f => f.Quantity?.Value.ToString(CultureInfo.InvariantCulture)),
            Text<FactDto>("quantityUnit", "What the number counts, e.g. people or percent.", f => f.Quantity?.Unit),
            Term<FactDto, QuantityBound>("quantityBound", "Whether the number is exact, approximate, a lower or an upper bound.", f => f.Quantity?.Bound, required: false),
            IdList<FactDto>("conflictsWith", "Ids of facts that give a different version of the same thing, joined with '|'.", f => f.ConflictsWith),
            Text<FactDto>("note", "Curator's remark.", f => f.Note),
        ],
        ["id"],
        [new("attributedTo", "entities"), new("claimant", "entities")]);

    public static readonly ExportTable<EvidenceRowDto> Evidence = new(
        "evidence",
        "Evidence",
        "Every verified quote of every fact: where it is in its article (GET /api/v1/sources/{id}/text).",
        ExportJsonContext.Web.EvidenceRowDto,
        [
            Id<EvidenceRowDto>("factId", "The id of the fact the quote supports.", e => e.FactId),
            Int<EvidenceRowDto>("index", "0-based position of the quote in the fact's evidence.", e => e.Index),
            Id<EvidenceRowDto>("sourceId", "The id of the quoted source.", e => e.SourceId),
            Text<EvidenceRowDto>("quote", "The quote; '...' marks an elision.", e => e.Quote, required: true),
            Int<EvidenceRowDto>("line", "1-based line of the article text where the quote starts.", e => e.Line),
            Int<EvidenceRowDto>("start", "0-based character offset of the quoted passage in the article text.", e => e.Start),
            Int<EvidenceRowDto>("length", "Length in characters of the quoted passage.", e => e.Length),
        ],
        ["factId", "index"],
        [new("factId", "facts"), new("sourceId", "sources")]);

    public static readonly ExportTable<FactEntityDto> FactEntities = new(
        "fact-entities",
        "Fact-entity links",
        "Which entities each fact lists: one row per fact and entity.",
        ExportJsonContext.Web.FactEntityDto,
        [
            Id<FactEntityDto>("factId", "The id of the fact.", l => l.FactId),
            Id<FactEntityDto>("entityId", "The id of an entity the fact lists.", l => l.EntityId),
            Int<FactEntityDto>("index", "0-based position of the entity in the fact's entities.", l => l.Index),
        ],
        ["factId", "entityId"],
        [new("factId", "facts"), new("entityId", "entities")]);

    public static readonly ExportTable<EntityDto> Entities = new(
        "entities",
        "Entities",
        "Countries, organizations, people, places, companies and media outlets the facts are about.",
        AppJsonContext.Web.EntityDto,
        [
            Id<EntityDto>("id", "Kebab-case id, unique among entities.", e => e.Id),
            Term<EntityDto, EntityKind>("kind", "What kind of entity it is.", e => e.Kind),
            Text<EntityDto>("name", "The canonical name.", e => e.Name, required: true),
            Text<EntityDto>("description", "A one-line description.", e => e.Description, required: true),
            List<EntityDto>("aliases", "Every other spelling the articles use, joined with '|'.", e => e.Aliases),
            IdList<EntityDto>("memberOf", "Ids of the organizations the entity is a member of, joined with '|'.", e => e.MemberOf.Select(m => m.Id)),
            Int<EntityDto>("factCount", "How many facts list or are attributed to the entity.", e => e.FactCount),
            Int<EntityDto>("claimCount", "How many facts the entity claims.", e => e.ClaimCount),
        ],
        ["id"]);

    public static readonly ExportTable<SourceDto> Sources = new(
        "sources",
        "Sources",
        "The news articles the facts quote; their text is at GET /api/v1/sources/{id}/text.",
        AppJsonContext.Web.SourceDto,
        [
            Id<SourceDto>("id", "Kebab-case id, unique among sources.", s => s.Id),
            Text<SourceDto>("file", "The seed file the article was read from.", s => s.File, required: true),
            Text<SourceDto>("title", "The article's headline.", s => s.Title, required: true),
            Term<SourceDto, TextQuality>("textQuality", "Whether the text is original, machine-translated or paraphrased.", s => s.TextQuality),
            Id<SourceDto>("author", "Id of the entity who wrote the article; empty when it names no author.", s => s.Author?.Id, required: false),
            Id<SourceDto>("publisher", "Id of the outlet that published it.", s => s.Publisher?.Id, required: false),
            Date<SourceDto>("published", "When it was published: YYYY, YYYY-MM or YYYY-MM-DD.", s => s.Published),
            Text<SourceDto>("note", "Curator's remark about the source.", s => s.Note),
            Int<SourceDto>("length", "Length of the article text in characters.", s => s.Length),
            Int<SourceDto>("factCount", "How many facts cite the source.", s => s.FactCount),
        ],
        ["id"],
        [new("author", "entities"), new("publisher", "entities")]);

    /// <summary>The Data Package's resources, referenced tables before the tables that refer to them.</summary>
    public static readonly IReadOnlyList<IExportTable> All = [Entities, Sources, Facts, Evidence, FactEntities];

    /// <summary>The table whose rows are <typeparamref name="T"/> items; a list without one has no exports (a test checks every list has).</summary>
    public static ExportTable<T>? For<T>() =>
        Facts as ExportTable<T> ?? Evidence as ExportTable<T> ?? FactEntities as ExportTable<T> ?? Entities as ExportTable<T> ?? Sources as ExportTable<T>;

    /// <summary>The evidence rows of some facts, in order.</summary>
    public static IEnumerable<EvidenceRowDto> EvidenceOf(IEnumerable<Fact> facts) =>
        facts.SelectMany(f => f.Evidence.Select((e, i) => new EvidenceRowDto
        {
            FactId = f.Id,
            Index = i,
            SourceId = e.Source.Id,
            Quote = e.Quote,
            Line = e.Line,
            Start = e.Start,
            Length = e.Length,
        }));

    /// <summary>The fact-entity links of some facts, in order.</summary>
    public static IEnumerable<FactEntityDto> LinksOf(IEnumerable<Fact> facts) =>
        facts.SelectMany(f => f.Entities.Select((e, i) => new FactEntityDto { FactId = f.Id, EntityId = e.Id, Index = i }));

    private static Column<T> Id<T>(string name, string description, Func<T, string?> value, bool required = true) =>
        new(name, FieldType.String, description, value) { Required = required, Pattern = Names.IdPattern };

    private static Column<T> Text<T>(string name, string description, Func<T, string?> value, bool required = false) =>
        new(name, FieldType.String, description, value) { Required = required };

    private static Column<T> Int<T>(string name, string description, Func<T, int> value) =>
        new(name, FieldType.Integer, description, r => value(r).ToString(CultureInfo.InvariantCulture)) { Required = true };

    private static Column<T> Date<T>(string name, string description, Func<T, string?> value) =>
        new(name, FieldType.String, description, value) { Pattern = PartialDateText.Pattern };

    private static Column<T> List<T>(string name, string description, Func<T, IEnumerable<string>> values) =>
        new(name, FieldType.String, description, r => string.Join(ListSeparator, values(r))) { IsList = true };

    private static Column<T> IdList<T>(string name, string description, Func<T, IEnumerable<string>> values) =>
        List(name, description, values) with { Pattern = $"^(?:{Bare(Names.IdPattern)}(?:\\|{Bare(Names.IdPattern)})*)?$" };

    private static Column<T> Term<T, TEnum>(string name, string description, Func<T, TEnum?> value, bool required = true)
        where TEnum : struct, Enum
    {
        var names = Vocabularies.For<TEnum>().Terms.ToDictionary(t => (TEnum)t.Value, t => t.Name);
        return new(name, FieldType.String, description, r => value(r) is { } v ? names[v] : null) { Required = required, Enum = [.. names.Values] };
    }

    private static Column<T> Term<T, TEnum>(string name, string description, Func<T, TEnum> value)
        where TEnum : struct, Enum =>
        Term<T, TEnum>(name, description, r => (TEnum?)value(r));

    /// <summary>A whole-value pattern without its anchors, to repeat inside another.</summary>
    private static string Bare(string pattern) => pattern.TrimStart('^').TrimEnd('$');
}
