namespace KzData.Api.LinkedData;

/// <summary>
/// Where a quoted passage sits in its article, in the units of the W3C selectors: a TextQuoteSelector (the exact
/// passage with the text before and after it) and a TextPositionSelector (start and end).
/// </summary>
/// <remarks>
/// The Web Annotation model counts positions in Unicode code points; <see cref="Evidence.Start"/> and
/// <see cref="Evidence.Length"/> are UTF-16 code units (.NET and JavaScript string indexes) into the same text that
/// GET /api/v1/sources/{id}/text serves. The two agree for text without characters outside the Basic Multilingual
/// Plane; this converts, so the selectors stay right when they do not. Prefix and suffix are
/// <see cref="ContextLength"/> code points (fewer at the ends of the text), grown in steps of that size while the
/// prefix + exact + suffix still occurs more than once, so that the quote selector alone finds one place.
/// </remarks>
/// <param name="Exact">The passage, exactly as in the text.</param>
/// <param name="Prefix">The text just before it.</param>
/// <param name="Suffix">The text just after it.</param>
/// <param name="Start">Code point offset of the passage's first character.</param>
/// <param name="End">Code point offset just past its last character.</param>
internal sealed record TextAnchor(string Exact, string Prefix, string Suffix, int Start, int End)
{
    /// <summary>About how much context the selectors carry on each side, in code points.</summary>
    public const int ContextLength = 32;

    /// <summary>The anchor of the UTF-16 range [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) of <paramref name="text"/>.</summary>
    public static TextAnchor Of(string text, int start, int length)
    {
        var end = start + length;
        var exact = text[start..end];
        for (var context = ContextLength; ; context += ContextLength)
        {
            var before = Back(text, start, context);
            var after = Forward(text, end, context);
            var prefix = text[before..start];
            var suffix = text[end..after];
            if ((before == 0 && after == text.Length) || Occurrences(text, prefix + exact + suffix) <= 1)
            {
                return new TextAnchor(exact, prefix, suffix, CodePoints(text, start), CodePoints(text, start) + CodePoints(exact, exact.Length));
            }
        }
    }

    /// <summary>How many code points the first <paramref name="utf16Length"/> code units of <paramref name="text"/> hold.</summary>
    public static int CodePoints(string text, int utf16Length)
    {
        var count = utf16Length;
        for (var i = 1; i < utf16Length; i++)
        {
            if (char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]))
            {
                count--;
            }
        }

        return count;
    }

    /// <summary>The UTF-16 index <paramref name="codePoints"/> code points before <paramref name="index"/> (never inside a pair).</summary>
    private static int Back(string text, int index, int codePoints)
    {
        for (var i = 0; i < codePoints && index > 0; i++)
        {
            index -= index > 1 && char.IsLowSurrogate(text[index - 1]) && char.IsHighSurrogate(text[index - 2]) ? 2 : 1;
        }

        return index;
    }

    /// <summary>The UTF-16 index <paramref name="codePoints"/> code points after <paramref name="index"/> (never inside a pair).</summary>
    private static int Forward(string text, int index, int codePoints)
    {
        for (var i = 0; i < codePoints && index < text.Length; i++)
        {
            index += index + 1 < text.Length && char.IsHighSurrogate(text[index]) && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        }

        return index;
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0 && count < 2; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
