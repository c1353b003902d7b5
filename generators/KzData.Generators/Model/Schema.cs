using System.Linq;
using KzData.Common;

namespace KzData.Generators.Model
{
    /// <summary>
    /// The one definition of the fact file: its closed vocabularies, its sections and the keys of each
    /// item, with the descriptions shown to contributors. Validation reads keys from here, the emitter
    /// writes the library enums from here, and facts.schema.json, the docs tables and the API's
    /// vocabularies are generated from (or tested against) it.
    /// </summary>
    internal static class Schema
    {
        /// <summary>The entity kind that memberships must point at.</summary>
        public const string Organization = "organization";

        /// <summary>The entity kind of a source's author.</summary>
        public const string Person = "person";

        /// <summary>The entity kind of a source's publisher.</summary>
        public const string Media = "media";

        /// <summary>The claim kinds the claim rules name.</summary>
        public const string Event = "event";

        public const string Statement = "statement";

        public const string Assessment = "assessment";

        // ---- Closed vocabularies (each becomes a library enum; the term names are the YAML and JSON spellings) ----

        public static readonly Vocabulary TextQuality = new(
            "text-quality",
            "How faithful an article's wording is; quotes keep it verbatim either way.",
            new Term("original", "The article as its author wrote it."),
            new Term("machine-translated", "Machine-translated from another language; names may be garbled."),
            new Term("paraphrased", "Machine-paraphrased (synonym-spun); wording may be odd."));

        public static readonly Vocabulary EntityKind = new(
            "entity-kind",
            "What kind of thing an entity is.",
            new Term("country", "A state, present or past."),
            new Term(Organization, "An international organisation, ministry, party or institute."),
            new Term(Person, "A named person."),
            new Term("place", "A city, region, site or geographic feature."),
            new Term("company", "A business."),
            new Term(Media, "A news outlet, TV channel or social network."));

        public static readonly Vocabulary Topic = new(
            "topic",
            "What a fact is about.",
            new Term("diplomacy", "Foreign relations, votes, recognition, visits."),
            new Term("security", "Military alliances, bases, exercises, threats."),
            new Term("economy", "Trade, sanctions, currency, markets."),
            new Term("energy", "Oil and gas, pipelines, export routes."),
            new Term("migration", "People crossing borders: refugees, draft evaders, workers."),
            new Term("humanitarian", "Aid, evacuation, protection of civilians."),
            new Term("domestic-politics", "Kazakhstan's internal politics: elections, protests, public opinion."),
            new Term("information", "Media, propaganda, social networks, disinformation."),
            new Term("demographics", "Population and its ethnic composition."));

        public static readonly Vocabulary QuantityBound = new(
            "quantity-bound",
            "How a quantity relates to the true figure.",
            new Term("exact", "The figure as stated."),
            new Term("about", "An approximation (\"about\", \"around\", \"nearly\")."),
            new Term("at-least", "A lower bound (\"at least\", \"no less than\", \"more than\")."),
            new Term("at-most", "An upper bound (\"at most\", \"up to\")."));

        public static readonly Vocabulary ClaimKind = new(
            "claim-kind",
            "Whose claim a fact is: a reported event, someone's statement, or an assessment.",
            new Term(Event, "The article reports that something happened or is the case."),
            new Term(Statement, "Someone said it: a declaration, claim, threat or denial, by the entity in attributed-to."),
            new Term(Assessment, "An interpretation, motive, forecast or opinion, claimed by attributed-to or else by the source's author."));

        /// <summary>Every vocabulary, in the order the library declares them.</summary>
        public static readonly Vocabulary[] Vocabularies = { TextQuality, EntityKind, Topic, QuantityBound, ClaimKind };

        // ---- Patterns (a date's is the shared parser's, PartialDateText.Pattern) ----

        public const string IdPattern = Names.IdPattern;

        // ---- The items of each section and their keys ----

        public static readonly Shape Evidence = new(
            "evidence",
            "A verbatim quote from one article that supports the fact.",
            new Key("source", ValueKind.Reference, "The id of the quoted source.", required: true, refersTo: "sources"),
            new Key("quote", ValueKind.Text, "Verbatim from the article, at least 6 words; '...' marks an elision.", required: true));

        public static readonly Shape Quantity = new(
            "quantity",
            "The number a fact states; its value must appear in one of the fact's quotes.",
            new Key("value", ValueKind.Number, "A plain number that appears in a quote (200000, not 200,000).", required: true),
            new Key("unit", ValueKind.Text, "What is counted, e.g. people or percent.", required: true),
            new Key("bound", ValueKind.Term, "How the figure relates to the true one (default exact).", vocabulary: QuantityBound));

        public static readonly Shape Source = new(
            "source",
            "An article the facts are built from.",
            new Key("id", ValueKind.Id, "Lowercase kebab-case, unique among sources.", required: true),
            new Key("file", ValueKind.FileName, "A file name in seeds/.", required: true),
            new Key("title", ValueKind.Text, "The article's headline.", required: true),
            new Key("text-quality", ValueKind.Term, "How faithful the text is.", required: true, vocabulary: TextQuality),
            new Key("author", ValueKind.Reference, "The person who wrote it (leave out when the article names no author).", refersTo: "entities"),
            new Key("publisher", ValueKind.Reference, "The outlet that published it (a media entity).", required: true, refersTo: "entities"),
            new Key("published", ValueKind.Date, "When it was published; where the text has no date, the best inference, reasoned in note.", required: true),
            new Key("note", ValueKind.Text, "Curator's remark about the source."));

        public static readonly Shape Entity = new(
            "entity",
            "A country, organization, person, place, company or outlet the facts are about.",
            new Key("id", ValueKind.Id, "Lowercase kebab-case, unique among entities.", required: true),
            new Key("kind", ValueKind.Term, "What kind of thing it is.", required: true, vocabulary: EntityKind),
            new Key("name", ValueKind.Text, "The canonical name.", required: true),
            new Key("description", ValueKind.Text, "A one-line description.", required: true),
            new Key("aliases", ValueKind.TextList, "Every other spelling the articles use, garbled ones included."),
            new Key("member-of", ValueKind.ReferenceList, "Organizations the entity is a member of.", refersTo: "entities"));

        public static readonly Shape Fact = new(
            "fact",
            "One atomic, checkable claim from the articles, with the verbatim quotes that support it.",
            new Key("id", ValueKind.Id, "Lowercase kebab-case, unique among facts; becomes a C# member and a URL.", required: true),
            new Key("statement", ValueKind.Text, "One claim in clean, neutral English.", required: true),
            new Key("topic", ValueKind.Term, "What the fact is about.", required: true, vocabulary: Topic),
            new Key("kind", ValueKind.Term, "Whose claim it is: event, statement (needs attributed-to) or assessment.", required: true, vocabulary: ClaimKind),
            new Key("date", ValueKind.Date, "When it happened or held: YYYY, YYYY-MM or YYYY-MM-DD."),
            new Key("until", ValueKind.Date, "End of a period starting at date; not before it."),
            new Key("entities", ValueKind.ReferenceList, "The entities the fact is about, each named in a quote.", required: true, refersTo: "entities"),
            new Key("attributed-to", ValueKind.Reference, "The entity who said or claims it.", refersTo: "entities"),
            new Key("quantity", ValueKind.Mapping, "The number the fact states.", shape: Quantity),
            new Key("conflicts-with", ValueKind.ReferenceList, "Facts giving a different version of the same thing; declare on both.", refersTo: "facts"),
            new Key("note", ValueKind.Text, "Curator's remark, e.g. where the article contradicts the public record."),
            new Key("hedge-waiver", ValueKind.Text, "Why an event may state flatly what its quote hedges (answers KZ3010; reviewed like code)."),
            new Key("evidence", ValueKind.MappingList, "One or more quotes, from every article that supports the fact.", required: true, shape: Evidence));

        public static readonly Shape Retired = new(
            "retired",
            "A released fact id that is no longer a fact: a forwarding entry, so the id keeps answering (see released-ids.txt).",
            new Key("id", ValueKind.Id, "The retired fact id; it must no longer be a fact.", required: true),
            new Key("replaced-by", ValueKind.Reference, "For a renamed or merged fact: the fact that now states its claim (a fact, not another retired id).", refersTo: "facts"),
            new Key("reason", ValueKind.Text, "Why it was retired (renamed, merged, removed); shown to C# users in the obsolete warning and over HTTP.", required: true));

        /// <summary>The top-level sections, each a list of one shape.</summary>
        public static readonly Section[] Sections =
        {
            new("sources", "The articles the facts are built from.", Source),
            new("entities", "Countries, organizations, people, places, companies and media the facts are about.", Entity),
            new("facts", "Atomic, checkable claims, each backed by verbatim quotes.", Fact),
            new("retired", "Released fact ids that are no longer facts, each forwarded to the fact that replaced it or given the reason it was removed. Ids are public API: a released id is never simply deleted.", Retired),
        };

        public static readonly string[] SectionNames = Sections.Select(s => s.Name).ToArray();
    }

    /// <summary>A closed list of kebab-case terms; the library declares it as an enum of the PascalCase name.</summary>
    internal sealed class Vocabulary
    {
        public Vocabulary(string name, string summary, params Term[] terms)
        {
            Name = name;
            Summary = summary;
            Terms = terms;
            TermNames = terms.Select(t => t.Name).ToArray();
            TypeName = Names.ToPascalCase(name);
            What = name.Replace('-', ' ');
        }

        /// <summary>The kebab-case name ("entity-kind"), as the API's vocabularies list it.</summary>
        public string Name { get; }

        /// <summary>How messages name it ("entity kind").</summary>
        public string What { get; }

        /// <summary>The library enum's name ("EntityKind").</summary>
        public string TypeName { get; }

        public string Summary { get; }

        public Term[] Terms { get; }

        public string[] TermNames { get; }

        public bool Contains(string term) => TermNames.Contains(term);
    }

    /// <summary>One term of a vocabulary: its kebab-case spelling and what it means.</summary>
    internal sealed class Term
    {
        public Term(string name, string summary)
        {
            Name = name;
            Summary = summary;
        }

        public string Name { get; }

        public string Summary { get; }

        /// <summary>The enum member's name ("DomesticPolitics").</summary>
        public string MemberName => Names.ToPascalCase(Name);
    }

    /// <summary>What a key's value is, which decides how it is read and how the JSON Schema describes it.</summary>
    internal enum ValueKind
    {
        Id,
        Text,
        FileName,
        Term,
        Date,
        Number,
        Reference,
        ReferenceList,
        TextList,
        Mapping,
        MappingList,
    }

    /// <summary>One key of a mapping in the fact file.</summary>
    internal sealed class Key
    {
        public Key(string name, ValueKind kind, string description, bool required = false, Vocabulary? vocabulary = null, string? refersTo = null, Shape? shape = null)
        {
            Name = name;
            Kind = kind;
            Description = description;
            Required = required;
            Vocabulary = vocabulary;
            RefersTo = refersTo;
            Shape = shape;
        }

        public string Name { get; }

        public ValueKind Kind { get; }

        public string Description { get; }

        public bool Required { get; }

        /// <summary>For <see cref="ValueKind.Term"/>: the allowed terms.</summary>
        public Vocabulary? Vocabulary { get; }

        /// <summary>For references: the section whose ids are allowed.</summary>
        public string? RefersTo { get; }

        /// <summary>For mappings: their keys.</summary>
        public Shape? Shape { get; }
    }

    /// <summary>A kind of mapping (a source, a fact, an evidence item) and its keys.</summary>
    internal sealed class Shape
    {
        public Shape(string name, string description, params Key[] keys)
        {
            Name = name;
            Description = description;
            Keys = keys;
            KeyNames = keys.Select(k => k.Name).ToArray();
            RequiredNames = keys.Where(k => k.Required).Select(k => k.Name).ToArray();
        }

        public string Name { get; }

        public string Description { get; }

        public Key[] Keys { get; }

        public string[] KeyNames { get; }

        public string[] RequiredNames { get; }

        public Key this[string name] => Keys.First(k => k.Name == name);
    }

    /// <summary>A top-level section of the fact file: a list of items of one shape.</summary>
    internal sealed class Section
    {
        public Section(string name, string description, Shape item)
        {
            Name = name;
            Description = description;
            Item = item;
        }

        public string Name { get; }

        public string Description { get; }

        public Shape Item { get; }
    }
}
