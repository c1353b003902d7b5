namespace KzData;

/// <summary>One atomic, checkable claim from the articles, with the verbatim quotes that support it.</summary>
public sealed record Fact
{
    private IReadOnlyList<Fact> conflictsWith = [];

    // Generated code calls this with named arguments only; optional facets default to absent.
    internal Fact(
        string id,
        string statement,
        Topic topic,
        Entity[] entities,
        Evidence[] evidence,
        ClaimKind? kind = null,
        PartialDate? date = null,
        PartialDate? until = null,
        Entity? attributedTo = null,
        Entity? claimant = null,
        PartialDate? asOf = null,
        Quantity? quantity = null,
        string? note = null)
    {
        Id = id;
        Statement = statement;
        Topic = topic;
        Kind = kind;
        Date = date;
        Until = until;
        Entities = Array.AsReadOnly(entities);
        AttributedTo = attributedTo;
        Claimant = claimant;
        AsOf = asOf;
        Quantity = quantity;
        Note = note;
        Evidence = Array.AsReadOnly(evidence);
    }

    /// <summary>Kebab-case id, unique among facts.</summary>
    public string Id { get; }

    /// <summary>The claim in clean, neutral English.</summary>
    public string Statement { get; }

    /// <summary>What the fact is about.</summary>
    public Topic Topic { get; }

    /// <summary>Whose claim it is: a reported event, someone's statement, or an assessment (null where not yet classified).</summary>
    public ClaimKind? Kind { get; }

    /// <summary>When it happened or was said, as precisely as the articles allow.</summary>
    public PartialDate? Date { get; }

    /// <summary>The end of a period that starts at <see cref="Date"/>.</summary>
    public PartialDate? Until { get; }

    /// <summary>The entities the fact is about, each named in at least one quote.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>Who said it, when the fact is a statement, opinion, claim or threat.</summary>
    public Entity? AttributedTo { get; }

    /// <summary>
    /// Whose claim the fact is: <see cref="AttributedTo"/>, or for an <see cref="ClaimKind.Assessment"/> that names
    /// nobody, the author of its first source. Null for an event reported as such.
    /// </summary>
    public Entity? Claimant { get; }

    /// <summary>When the fact was reported: the published date of its earliest source (<see cref="Date"/> is when it happened).</summary>
    public PartialDate? AsOf { get; }

    /// <summary>The number the fact states, if any.</summary>
    public Quantity? Quantity { get; }

    /// <summary>Other facts that give a different version of the same thing (declared on both).</summary>
    public IReadOnlyList<Fact> ConflictsWith => conflictsWith;

    /// <summary>Curator's remark, e.g. where the article contradicts the public record.</summary>
    public string? Note { get; }

    /// <summary>The quotes that support the fact, from every article that does.</summary>
    public IReadOnlyList<Evidence> Evidence { get; }

    /// <summary>Facts are identified by id: the dataset holds one instance per id.</summary>
    public bool Equals(Fact? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Statement}";

    // Conflicts are mutual references, so they are linked after every fact exists.
    internal void Link(Fact[] conflicts) => conflictsWith = Array.AsReadOnly(conflicts);
}
