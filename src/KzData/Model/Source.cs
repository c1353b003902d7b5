namespace KzData;

/// <summary>A news article the dataset is built from.</summary>
public sealed record Source
{
    private readonly Lazy<string> text;

    // Generated code calls this with named arguments only; the text is decoded on its first read (DataReader.DeferredString).
    internal Source(string id, string file, string title, TextQuality textQuality, Lazy<string> text, Entity? author = null, Entity? publisher = null, PartialDate? published = null, string? note = null)
    {
        Author = author;
        Publisher = publisher;
        Published = published;
        Id = id;
        File = file;
        Title = title;
        TextQuality = textQuality;
        Note = note;
        this.text = text;
    }

    /// <summary>Kebab-case id, unique among sources.</summary>
    public string Id { get; }

    /// <summary>The seed file name the article was read from.</summary>
    public string File { get; }

    /// <summary>The article's headline.</summary>
    public string Title { get; }

    /// <summary>Whether the text is original, machine-translated or paraphrased.</summary>
    public TextQuality TextQuality { get; }

    /// <summary>The person who wrote the article; null when the article names no author.</summary>
    public Entity? Author { get; }

    /// <summary>The outlet that published it (a <see cref="EntityKind.Media"/> entity); every source of the dataset has one.</summary>
    public Entity? Publisher { get; }

    /// <summary>When it was published, as precisely as known; inferred from the content where the text has no date (see <see cref="Note"/>).</summary>
    public PartialDate? Published { get; }

    /// <summary>Curator's remark about the source, if any.</summary>
    public string? Note { get; }

    /// <summary>The article's full text, exactly as in the seed file; <see cref="Evidence.Start"/> indexes into it.</summary>
    /// <remarks>Decoded from the compiled-in data on its first read (once, whichever thread reads first), not when the dataset loads.</remarks>
    public string Text => text.Value;

    /// <summary>Sources are identified by id: the dataset holds one instance per id.</summary>
    public bool Equals(Source? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Title}";
}
