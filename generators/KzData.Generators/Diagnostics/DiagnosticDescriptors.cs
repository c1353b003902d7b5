using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace KzData.Generators.Diagnostics
{
    /// <summary>
    /// The one catalog of KZ diagnostics. Ids are stable: KZ1xxx syntax and shape, KZ2xxx references,
    /// KZ3xxx traceability, KZ4xxx consistency. Each has an entry in docs/diagnostics.md.
    /// </summary>
    internal static partial class DiagnosticDescriptors
    {
        private const string Category = "KzData";
        private const string HelpBase = "https://github.com/kzdata/KzData/blob/main/docs/diagnostics.md#";

        public static readonly DiagnosticDescriptor InternalError = Error("KZ1000", "Generator failed unexpectedly",
            "The KzData generator failed unexpectedly: {0}; please report it with the facts.yaml that caused it",
            "An unexpected failure inside the generator. The build fails rather than silently producing no data.");

        public static readonly DiagnosticDescriptor MalformedYaml = Error("KZ1001", "Malformed YAML",
            "facts.yaml is not valid YAML: {0}",
            "The file could not be parsed as YAML. Check indentation, closing brackets and quotes at the reported place.");

        public static readonly DiagnosticDescriptor MissingKey = Error("KZ1002", "Missing required key",
            "{0} is missing the required key '{1}'",
            "Every source, entity, fact and evidence item has required keys; see the schema in README.md.");

        public static readonly DiagnosticDescriptor UnknownKey = Error("KZ1003", "Unknown key",
            "unknown key '{0}' in {1}{2}",
            "Keys are checked so that a typo does not silently drop data.");

        public static readonly DiagnosticDescriptor WrongType = Error("KZ1004", "Wrong value type",
            "'{0}' must be {1}, not {2}",
            "A key holds the wrong kind of YAML value, e.g. a list where a single value is expected.");

        public static readonly DiagnosticDescriptor BadId = Error("KZ1005", "Bad id format",
            "id '{0}' is not lowercase kebab-case (letters, digits and single hyphens, starting with a letter); try '{1}'",
            "Ids become C# member names and URL segments, so they follow ^[a-z][a-z0-9]*(-[a-z0-9]+)*$.");

        public static readonly DiagnosticDescriptor BadDate = Error("KZ1006", "Bad date",
            "'{0}' is not a valid date: {1}; use YYYY, YYYY-MM or YYYY-MM-DD",
            "Dates are partial ISO 8601 dates and must exist in the calendar.");

        public static readonly DiagnosticDescriptor UnknownEnumValue = Error("KZ1007", "Unknown enum value",
            "unknown {0} '{1}'{2}; allowed: {3}",
            "Fields such as topic, kind, text-quality and bound take one of a fixed set of values.");

        public static readonly DiagnosticDescriptor EmptyValue = Error("KZ1008", "Empty value",
            "'{0}' must not be empty",
            "A required value is present but empty.");

        public static readonly DiagnosticDescriptor DuplicateKey = Error("KZ1009", "Duplicate key",
            "key '{0}' appears twice in the same mapping; the first is at line {1}",
            "YAML would keep only one of the two values, silently losing the other.");

        public static readonly DiagnosticDescriptor DuplicateId = Error("KZ2001", "Duplicate id",
            "duplicate {0} id '{1}'; it is first defined at line {2}",
            "Ids must be unique within their section.");

        public static readonly DiagnosticDescriptor UnknownSource = Error("KZ2002", "Unknown source",
            "unknown source '{0}'{1}",
            "Evidence must cite the id of a source declared under 'sources'.");

        public static readonly DiagnosticDescriptor UnknownEntity = Error("KZ2003", "Unknown entity",
            "unknown entity '{0}'{1}",
            "Facts and entities reference entities by the id declared under 'entities'.");

        public static readonly DiagnosticDescriptor UnknownFact = Error("KZ2004", "Unknown fact",
            "unknown fact '{0}'{1}",
            "conflicts-with and a retired entry's replaced-by reference facts by id.");

        public static readonly DiagnosticDescriptor SeedMissing = Error("KZ2005", "Seed file missing",
            "seed file '{0}' is not among the project's seed files{1}",
            "A source's file must be one of the seeds/*.txt files passed to the compiler as AdditionalFiles.");

        public static readonly DiagnosticDescriptor SourceNeverCited = Warning("KZ2006", "Source never cited",
            "source '{0}' is never cited by any fact",
            "A declared source that no evidence cites is probably a leftover or a forgotten curation.");

        public static readonly DiagnosticDescriptor EntityNeverUsed = Warning("KZ2007", "Entity never used",
            "entity '{0}' is not used by any fact",
            "An entity that no fact lists, attributes or references through member-of is probably a leftover.");

        public static readonly DiagnosticDescriptor NameCollision = Error("KZ2008", "C# name collision",
            "{0} id '{1}' becomes the C# name '{2}', which is already taken by '{3}'; rename one of them",
            "Each id becomes a PascalCase property; two ids must not map to the same name, nor to the class's own name.");

        public static readonly DiagnosticDescriptor NoEvidence = Error("KZ3001", "Fact without evidence",
            "fact '{0}' has no evidence; add at least one source and verbatim quote",
            "Every fact must be traceable to at least one article.");

        public static readonly DiagnosticDescriptor QuoteNotFound = Error("KZ3002", "Quote not found",
            "quote not found in source '{0}' ({1}); closest passage, line {2}: \"{3}\"",
            "Quotes must occur verbatim in the cited article. Only quote marks, dashes and runs of white space are normalised; case matters; '...' marks an elision.");

        public static readonly DiagnosticDescriptor QuoteTooShort = Warning("KZ3003", "Quote too short",
            "quote has {0} word(s); quotes of fewer than 6 words are too weak to trace",
            "A very short quote matches too many places to prove anything.");

        public static readonly DiagnosticDescriptor QuantityNotInQuote = Error("KZ3004", "Quantity not in any quote",
            "quantity {0} does not appear in any quote of fact '{1}'; numbers in its quotes: {2}",
            "A quantity must be traceable: its value must appear in a quote, in digits or words.");

        public static readonly DiagnosticDescriptor EntityNotMentioned = Warning("KZ3005", "Entity not mentioned in any quote",
            "entity '{0}' is not mentioned by name or alias in any quote of fact '{1}'; add the article's spelling to its aliases, or drop the entity",
            "An entity on a fact should be named by at least one of its quotes.");

        public static readonly DiagnosticDescriptor UntilBeforeDate = Error("KZ4001", "'until' before 'date'",
            "until '{0}' is before date '{1}'",
            "A period cannot end before it starts.");

        public static readonly DiagnosticDescriptor OneSidedConflict = Error("KZ4002", "One-sided conflicts-with",
            "fact '{0}' lists '{1}' in conflicts-with, but '{1}' does not list '{0}'; add it there too",
            "Conflicts are symmetric and declared on both facts so each shows its counterpart.");

        public static readonly DiagnosticDescriptor SelfReference = Error("KZ4003", "Self reference",
            "{0} '{1}' references itself in {2}",
            "A fact cannot conflict with itself and an entity cannot be a member of itself.");

        public static readonly DiagnosticDescriptor DuplicateItem = Error("KZ4004", "Duplicate list item",
            "'{0}' is listed twice in {1}",
            "A list holds each value once.");

        public static readonly DiagnosticDescriptor MemberOfNotOrganization = Error("KZ4005", "member-of target is not an organization",
            "entity '{0}' is a {1}; member-of expects organizations",
            "member-of states membership of an organization such as the CSTO or the EEU.");

        /// <summary>Every descriptor, in id order.</summary>
        public static IReadOnlyList<DiagnosticDescriptor> All => Catalog.All;

        public static DiagnosticDescriptor Get(string id) => Catalog.ById[id];

        private static DiagnosticDescriptor Error(string id, string title, string message, string description) =>
            Create(id, title, message, description, DiagnosticSeverity.Error);

        private static DiagnosticDescriptor Warning(string id, string title, string message, string description) =>
            Create(id, title, message, description, DiagnosticSeverity.Warning);

        /// <summary>
        /// Built on first use, after every field of every partial file is initialised (field initialisers run
        /// file by file, so a list built in one file's initialiser would miss the later files' descriptors).
        /// </summary>
        private static class Catalog
        {
            public static readonly IReadOnlyList<DiagnosticDescriptor> All = typeof(DiagnosticDescriptors)
                .GetFields()
                .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
                .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
                .OrderBy(d => d.Id, System.StringComparer.Ordinal)
                .ToList();

            public static readonly Dictionary<string, DiagnosticDescriptor> ById = All.ToDictionary(d => d.Id);
        }

        private static DiagnosticDescriptor Create(string id, string title, string message, string description, DiagnosticSeverity severity) =>
            new(id, title, message, Category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpBase + id.ToLowerInvariant());
    }
}
