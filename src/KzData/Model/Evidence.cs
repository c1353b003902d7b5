namespace KzData;

/// <summary>A verbatim quote from a source that supports a fact, with its verified position in the article.</summary>
public sealed record Evidence
{
    internal Evidence(Source source, string quote, int line, int start, int length)
    {
        Source = source;
        Quote = quote;
        Line = line;
        Start = start;
        Length = length;
    }

    /// <summary>The article quoted.</summary>
    public Source Source { get; }

    /// <summary>The quote as curated; <c>...</c> marks an elision.</summary>
    public string Quote { get; }

    /// <summary>1-based line of <see cref="Source.Text"/> where the quote starts.</summary>
    public int Line { get; }

    /// <summary>0-based character offset of the quote's start in <see cref="Source.Text"/>.</summary>
    public int Start { get; }

    /// <summary>Length in characters of the quoted passage in <see cref="Source.Text"/> (elided parts included).</summary>
    public int Length { get; }

    /// <summary>The passage of the article the quote was verified against.</summary>
    public string Passage => Source.Text.Substring(Start, Length);
}
