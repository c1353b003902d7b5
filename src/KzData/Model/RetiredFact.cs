namespace KzData;

/// <summary>
/// A fact id that was released and is no longer a fact: renamed or merged into <see cref="ReplacedBy"/>, or
/// removed for <see cref="Reason"/>. Listed in <see cref="Dataset.Retired"/>; <see cref="Dataset.TryGetFact"/>
/// is false for its id.
/// </summary>
public sealed record RetiredFact
{
    // Generated code calls this with named arguments only.
    internal RetiredFact(string id, string reason, Fact? replacedBy = null)
    {
        Id = id;
        Reason = reason;
        ReplacedBy = replacedBy;
    }

    /// <summary>The retired kebab-case id.</summary>
    public string Id { get; }

    /// <summary>The fact that now states its claim (renamed or merged), or null when the fact was removed.</summary>
    public Fact? ReplacedBy { get; }

    /// <summary>Why it was retired, in the curators' words.</summary>
    public string Reason { get; }

    /// <inheritdoc/>
    public override string ToString() => ReplacedBy is null ? $"{Id}: removed ({Reason})" : $"{Id}: replaced by {ReplacedBy.Id} ({Reason})";
}
