namespace KzData;

/// <summary>A country, organisation, person, place, company or media outlet the facts are about.</summary>
public sealed record Entity
{
    private IReadOnlyList<Entity> memberOf = [];

    internal Entity(string id, EntityKind kind, string name, string description, string[]? aliases = null)
    {
        Id = id;
        Kind = kind;
        Name = name;
        Description = description;
        Aliases = aliases is null ? [] : Array.AsReadOnly(aliases);
    }

    /// <summary>Kebab-case id, unique among entities.</summary>
    public string Id { get; }

    /// <summary>What kind of entity this is.</summary>
    public EntityKind Kind { get; }

    /// <summary>The clean, canonical name.</summary>
    public string Name { get; }

    /// <summary>A one-line description.</summary>
    public string Description { get; }

    /// <summary>Every other spelling the articles use, garbled ones included.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Organisations this entity is a member of.</summary>
    public IReadOnlyList<Entity> MemberOf => memberOf;

    /// <summary>Entities are identified by id: the dataset holds one instance per id.</summary>
    public bool Equals(Entity? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Kind}): {Name}";

    // Memberships may point forward in the file, so they are linked after every entity exists.
    internal void Link(Entity[] organizations) => memberOf = Array.AsReadOnly(organizations);
}
