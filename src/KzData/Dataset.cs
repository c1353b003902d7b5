using System.Diagnostics.CodeAnalysis;

namespace KzData;

/// <summary>
/// The KzData dataset: facts about Kazakhstan's foreign and security policy during Russia's war on
/// Ukraine (2022), each backed by verbatim quotes verified against the articles at build time.
/// Everything is compiled in: no file access, YAML parsing or reflection at run time.
/// </summary>
public static partial class Dataset
{
    private static readonly DatasetData Data = Load();

    /// <summary>Every fact, in file order.</summary>
    public static IReadOnlyList<Fact> Facts => Data.Facts;

    /// <summary>Every entity, in file order.</summary>
    public static IReadOnlyList<Entity> Entities => Data.Entities;

    /// <summary>Every source article, in file order.</summary>
    public static IReadOnlyList<Source> Sources => Data.Sources;

    /// <summary>
    /// Fact ids that were released and are no longer facts, in file order: each renamed or merged one names the fact
    /// that replaced it, each removed one why. Ids are public API, so a released id is never silently dropped: the
    /// typed member of a replaced id stays (obsolete) and returns its replacement; the API redirects it (308) or
    /// answers 410 Gone.
    /// </summary>
    public static IReadOnlyList<RetiredFact> Retired => Data.Retired;

    /// <summary>A content hash of the data compiled from facts.yaml and the seeds; it changes whenever the data does.</summary>
    public static partial string Version { get; }

    /// <summary>Finds a fact by id. A retired id is not a fact, even one that forwards to a fact: see <see cref="TryGetRetired"/>.</summary>
    /// <param name="id">The fact's kebab-case id.</param>
    /// <param name="fact">The fact, when found.</param>
    /// <returns>True when a fact has that id; false for unknown and retired ids.</returns>
    public static bool TryGetFact(string id, [NotNullWhen(true)] out Fact? fact) => Data.FactsById.TryGetValue(id, out fact);

    /// <summary>Finds a retired fact id: where it went (<see cref="RetiredFact.ReplacedBy"/>) or why it was removed.</summary>
    /// <param name="id">The retired fact's kebab-case id.</param>
    /// <param name="retired">Its forwarding entry, when found.</param>
    /// <returns>True when the id is retired.</returns>
    public static bool TryGetRetired(string id, [NotNullWhen(true)] out RetiredFact? retired) => Data.RetiredById.TryGetValue(id, out retired);

    /// <summary>Finds an entity by id.</summary>
    /// <param name="id">The entity's kebab-case id.</param>
    /// <param name="entity">The entity, when found.</param>
    /// <returns>True when an entity has that id.</returns>
    public static bool TryGetEntity(string id, [NotNullWhen(true)] out Entity? entity) => Data.EntitiesById.TryGetValue(id, out entity);

    /// <summary>Finds a source by id.</summary>
    /// <param name="id">The source's kebab-case id.</param>
    /// <param name="source">The source, when found.</param>
    /// <returns>True when a source has that id.</returns>
    public static bool TryGetSource(string id, [NotNullWhen(true)] out Source? source) => Data.SourcesById.TryGetValue(id, out source);

    internal static Fact FactAt(int index) => Data.FactArray[index];

    internal static Entity EntityAt(int index) => Data.EntityArray[index];

    internal static Source SourceAt(int index) => Data.SourceArray[index];

    // Implemented by the generator from facts.yaml.
    private static partial DatasetData Load();

    private sealed class DatasetData
    {
        public DatasetData(Source[] sources, Entity[] entities, Fact[] facts, RetiredFact[] retired)
        {
            SourceArray = sources;
            EntityArray = entities;
            FactArray = facts;
            Sources = Array.AsReadOnly(sources);
            Entities = Array.AsReadOnly(entities);
            Facts = Array.AsReadOnly(facts);
            // Plain dictionaries: a frozen one reads no faster at this size and costs more to build at startup.
            SourcesById = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
            EntitiesById = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
            FactsById = facts.ToDictionary(f => f.Id, StringComparer.Ordinal);
            Retired = Array.AsReadOnly(retired);
            RetiredById = retired.ToDictionary(r => r.Id, StringComparer.Ordinal);
        }

        public Source[] SourceArray { get; }

        public Entity[] EntityArray { get; }

        public Fact[] FactArray { get; }

        public IReadOnlyList<Source> Sources { get; }

        public IReadOnlyList<Entity> Entities { get; }

        public IReadOnlyList<Fact> Facts { get; }

        public Dictionary<string, Source> SourcesById { get; }

        public Dictionary<string, Entity> EntitiesById { get; }

        public Dictionary<string, Fact> FactsById { get; }

        public IReadOnlyList<RetiredFact> Retired { get; }

        public Dictionary<string, RetiredFact> RetiredById { get; }
    }
}
