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
            Id<FactDto>("id", f => f.Id),
            Text<FactDto>("statement", f => f.Statement, required: true),
            Term<FactDto, Topic>("topic", f => f.Topic),
            Term<FactDto, ClaimKind>("kind", f => f.Kind, required: false),
            Date<FactDto>("date", f => f.Date),
            Date<FactDto>("until", f => f.Until),
            IdList<FactDto>("entities", f => f.Entities.Select(e => e.Id)) with { Description = "Ids of the entities the fact lists (one row each in fact-entities)." },
            Id<FactDto>("attributedTo", f => f.AttributedTo?.Id, required: false) with { Description = "Id of the entity who said it." },
            Id<FactDto>("claimant", f => f.Claimant?.Id, required: false) with { Description = "Id of the entity whose claim it is (attributedTo, or the author of the source of an assessment); empty for an event." },
            Date<FactDto>("asOf", f => f.AsOf),
            new("quantityValue", FieldType.Number, f => f.Quantity?.Value.ToString(CultureInfo.InvariantCulture)) { Description = "The number the fact states, if any." },
            Text<FactDto>("quantityUnit", f => f.Quantity?.Unit) with { Description = "What the number counts, e.g. people or percent." },
            Term<FactDto, QuantityBound>("quantityBound", f => f.Quantity?.Bound, required: false) with { Description = "Whether the number is exact, approximate, a lower or an upper bound." },
            IdList<FactDto>("conflictsWith", f => f.ConflictsWith),
            Text<FactDto>("note", f => f.Note),
        ],
        ["id"],
        [new("attributedTo", "entities"), new("claimant", "entities")]);

    public static readonly ExportTable<EvidenceRowDto> Evidence = new(
        "evidence",
        "Evidence",
        "Every verified quote of every fact: where it is in its article (GET /api/v1/sources/{id}/text).",
        ExportJsonContext.Web.EvidenceRowDto,
        [
            Id<EvidenceRowDto>("factId", e => e.FactId),
            Int<EvidenceRowDto>("index", e => e.Index),
            Id<EvidenceRowDto>("sourceId", e => e.SourceId),
            Text<EvidenceRowDto>("quote", e => e.Quote, required: true),
            Int<EvidenceRowDto>("line", e => e.Line),
            Int<EvidenceRowDto>("start", e => e.Start),
            Int<EvidenceRowDto>("length", e => e.Length),
        ],
        ["factId", "index"],
        [new("factId", "facts"), new("sourceId", "sources")]);

    public static readonly ExportTable<FactEntityDto> FactEntities = new(
        "fact-entities",
        "Fact-entity links",
        "Which entities each fact lists: one row per fact and entity.",
        ExportJsonContext.Web.FactEntityDto,
        [
            Id<FactEntityDto>("factId", l => l.FactId),
            Id<FactEntityDto>("entityId", l => l.EntityId),
            Int<FactEntityDto>("index", l => l.Index),
        ],
        ["factId", "entityId"],
        [new("factId", "facts"), new("entityId", "entities")]);

    public static readonly ExportTable<EntityDto> Entities = new(
        "entities",
        "Entities",
        "Countries, organizations, people, places, companies and media outlets the facts are about.",
        AppJsonContext.Web.EntityDto,
        [
            Id<EntityDto>("id", e => e.Id),
            Term<EntityDto, EntityKind>("kind", e => e.Kind),
            Text<EntityDto>("name", e => e.Name, required: true),
            Text<EntityDto>("description", e => e.Description, required: true),
            List<EntityDto>("aliases", e => e.Aliases),
            IdList<EntityDto>("memberOf", e => e.MemberOf.Select(m => m.Id)) with { Description = "Ids of the organizations the entity is a member of." },
            Int<EntityDto>("factCount", e => e.FactCount),
            Int<EntityDto>("claimCount", e => e.ClaimCount),
        ],
        ["id"]);

    public static readonly ExportTable<SourceDto> Sources = new(
        "sources",
        "Sources",
        "The news articles the facts quote; their text is at GET /api/v1/sources/{id}/text.",
        AppJsonContext.Web.SourceDto,
        [
            Id<SourceDto>("id", s => s.Id),
            Text<SourceDto>("file", s => s.File, required: true),
            Text<SourceDto>("title", s => s.Title, required: true),
            Term<SourceDto, TextQuality>("textQuality", s => s.TextQuality),
            Id<SourceDto>("author", s => s.Author?.Id, required: false) with { Description = "Id of the entity who wrote the article; empty when it names no author." },
            Id<SourceDto>("publisher", s => s.Publisher?.Id, required: false) with { Description = "Id of the outlet that published it." },
            Date<SourceDto>("published", s => s.Published),
            Text<SourceDto>("note", s => s.Note),
            Int<SourceDto>("length", s => s.Length),
            Int<SourceDto>("factCount", s => s.FactCount),
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

    // A column without a description takes its item property's (ExportTable); one that reshapes the property (an
    // entity's id for the entity, a flattened quantity) says what it holds with `with { Description = ... }`.
    private static Column<T> Id<T>(string name, Func<T, string?> value, bool required = true) =>
        new(name, FieldType.String, value) { Required = required, Pattern = Names.IdPattern };

    private static Column<T> Text<T>(string name, Func<T, string?> value, bool required = false) =>
        new(name, FieldType.String, value) { Required = required };

    private static Column<T> Int<T>(string name, Func<T, int> value) =>
        new(name, FieldType.Integer, r => value(r).ToString(CultureInfo.InvariantCulture)) { Required = true };

    private static Column<T> Date<T>(string name, Func<T, string?> value) =>
        new(name, FieldType.String, value) { Pattern = PartialDateText.Pattern };

    private static Column<T> List<T>(string name, Func<T, IEnumerable<string>> values) =>
        new(name, FieldType.String, r => string.Join(ListSeparator, values(r))) { IsList = true };

    private static Column<T> IdList<T>(string name, Func<T, IEnumerable<string>> values) =>
        List(name, values) with { Pattern = $"^(?:{Bare(Names.IdPattern)}(?:\\|{Bare(Names.IdPattern)})*)?$" };

    private static Column<T> Term<T, TEnum>(string name, Func<T, TEnum?> value, bool required = true)
        where TEnum : struct, Enum
    {
        var names = Vocabularies.For<TEnum>().Terms.ToDictionary(t => (TEnum)t.Value, t => t.Name);
        return new(name, FieldType.String, r => value(r) is { } v ? names[v] : null) { Required = required, Enum = [.. names.Values] };
    }

    private static Column<T> Term<T, TEnum>(string name, Func<T, TEnum> value)
        where TEnum : struct, Enum =>
        Term<T, TEnum>(name, r => (TEnum?)value(r));

    /// <summary>A whole-value pattern without its anchors, to repeat inside another.</summary>
    private static string Bare(string pattern) => pattern.TrimStart('^').TrimEnd('$');
}
