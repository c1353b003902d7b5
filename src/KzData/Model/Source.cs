namespace KzData;

/// <summary>A news article the dataset is built from.</summary>
public sealed record Source
{
    internal Source(string id, string file, string title, TextQuality textQuality, string text, string? note = null)
    {
        Id = id;
        File = file;
        Title = title;
        TextQuality = textQuality;
        Note = note;
        Text = text;
    }

    /// <summary>Kebab-case id, unique among sources.</summary>
    public string Id { get; }

    /// <summary>The seed file name the article was read from.</summary>
    public string File { get; }

    /// <summary>The article's headline.</summary>
    public string Title { get; }

    /// <summary>Whether the text is original, machine-translated or paraphrased.</summary>
    public TextQuality TextQuality { get; }

    /// <summary>Curator's remark about the source, if any.</summary>
    public string? Note { get; }

    /// <summary>The article's full text, exactly as in the seed file; <see cref="Evidence.Start"/> indexes into it.</summary>
    public string Text { get; }

    /// <summary>Sources are identified by id: the dataset holds one instance per id.</summary>
    public bool Equals(Source? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Title}";
}
