using KzData.Common;
using Microsoft.Extensions.Primitives;

namespace KzData.Api.Infrastructure;

/// <summary>
/// Reads query parameters strictly, collecting one clear message per bad parameter (what was given,
/// what is allowed), so a handler can answer a single 400 that lists them all.
/// </summary>
internal sealed class QueryReader
{
    /// <summary>The longest search text accepted.</summary>
    public const int MaxTextLength = 200;

    /// <summary>Messages kept per parameter; past it, one message counts the rest.</summary>
    public const int MaxMessagesPerParameter = 5;

    /// <summary>Values per request that get a "did you mean" (each costs a scan of the candidates).</summary>
    public const int MaxSuggestions = 3;

    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> dropped = new(StringComparer.Ordinal);
    private int suggestionsLeft = MaxSuggestions;

    public bool HasErrors => errors.Count > 0;

    /// <summary>Records a problem with <paramref name="parameter"/>; every bad value is reported, up to <see cref="MaxMessagesPerParameter"/>.</summary>
    public void Fail(string parameter, string message)
    {
        if (!errors.TryGetValue(parameter, out var messages))
        {
            errors[parameter] = messages = [];
        }

        if (messages.Count < MaxMessagesPerParameter)
        {
            messages.Add(message);
        }
        else
        {
            dropped[parameter] = dropped.GetValueOrDefault(parameter) + 1;
        }
    }

    /// <summary>The nearest candidate for the first <see cref="MaxSuggestions"/> bad values of a request; none after that.</summary>
    public string? Suggest(string value, SuggestionIndex candidates)
    {
        if (suggestionsLeft <= 0 || !SuggestionIndex.CouldBeId(value))
        {
            return null;
        }

        suggestionsLeft--;
        return candidates.Nearest(value);
    }

    /// <summary>A whole number in [min, max], or the default when absent.</summary>
    public int Int(string parameter, string? value, int fallback, int min, int max)
    {
        if (value is null)
        {
            return fallback;
        }

        if (!int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            Fail(parameter, $"{parameter} must be a whole number from {min} to {max}; got '{Shorten(value)}'.");
            return fallback;
        }

        return number;
    }

    public PartialDate? Date(string parameter, string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (!PartialDate.TryParse(value, out var date))
        {
            Fail(parameter, $"{parameter} must be a date as YYYY, YYYY-MM or YYYY-MM-DD that exists in the calendar; got '{Shorten(value)}'.");
            return null;
        }

        return date;
    }

    public bool? Bool(string parameter, string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (!bool.TryParse(value, out var result))
        {
            Fail(parameter, $"{parameter} must be true or false; got '{Shorten(value)}'.");
            return null;
        }

        return result;
    }

    /// <summary>Terms of a vocabulary (repeatable); unknown values are errors naming the allowed ones.</summary>
    public HashSet<TEnum> Enums<TEnum>(string parameter, StringValues values)
        where TEnum : struct, Enum
    {
        var result = new HashSet<TEnum>();
        foreach (var value in values)
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (EnumNames<TEnum>.ByName.TryGetValue(value, out var parsed))
            {
                result.Add(parsed);
                continue;
            }

            var suggestion = Suggest(value, EnumNames<TEnum>.Index);
            Fail(parameter, $"unknown {parameter} '{Shorten(value)}'{Suggestions.DidYouMean(suggestion)}; allowed: {string.Join(", ", EnumNames<TEnum>.ByName.Keys)}.");
        }

        return result;
    }

    /// <summary>Entity ids (repeatable); an unknown id is an error with the nearest id.</summary>
    public IReadOnlyList<Entity> Entities(string parameter, StringValues ids)
    {
        var result = new List<Entity>();
        foreach (var id in ids)
        {
            if (string.IsNullOrEmpty(id))
            {
                continue;
            }

            if (Dataset.TryGetEntity(id, out var entity))
            {
                result.Add(entity);
            }
            else
            {
                UnknownReference(parameter, "entity", id, SuggestionIndex.Entities, "/api/v1/entities");
            }
        }

        return result;
    }

    /// <summary>A source id; an unknown id is an error with the nearest id.</summary>
    public Source? Source(string parameter, string? id)
    {
        if (id is null)
        {
            return null;
        }

        if (Dataset.TryGetSource(id, out var source))
        {
            return source;
        }

        UnknownReference(parameter, "source", id, SuggestionIndex.Sources, "/api/v1/sources");
        return null;
    }

    public string? Text(string parameter, string? value)
    {
        if (value is null)
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length > MaxTextLength)
        {
            Fail(parameter, $"{parameter} must be at most {MaxTextLength} characters; got {trimmed.Length}.");
            return null;
        }

        return trimmed.Length == 0 ? null : trimmed.ToLowerInvariant();
    }

    public string? OneOf(string parameter, string? value, IReadOnlyList<string> allowed)
    {
        if (value is null)
        {
            return null;
        }

        if (!allowed.Contains(value))
        {
            Fail(parameter, $"{parameter} must be one of {string.Join(", ", allowed)}; got '{Shorten(value)}'.");
            return null;
        }

        return value;
    }

    public ValidationProblem Problem()
    {
        var all = errors.ToDictionary(
            e => e.Key,
            e => dropped.TryGetValue(e.Key, out var more) ? [.. e.Value, $"and {more} more bad {e.Key} value{(more == 1 ? "" : "s")}."] : e.Value.ToArray(),
            StringComparer.Ordinal);
        return TypedResults.ValidationProblem(
            all,
            detail: string.Join(" ", all.Values.SelectMany(v => v)),
            title: "Invalid query parameter");
    }

    private void UnknownReference(string parameter, string what, string id, SuggestionIndex existing, string list)
    {
        var suggestion = Suggest(id, existing);
        Fail(parameter, $"unknown {what} '{Shorten(id)}'{Suggestions.DidYouMean(suggestion)}; see GET {list}.");
    }

    private static string Shorten(string value) => SuggestionIndex.Shorten(value);

    /// <summary>A vocabulary's terms by name: the names JSON writes, from the one vocabulary definition.</summary>
    private static class EnumNames<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly IReadOnlyDictionary<string, TEnum> ByName = Vocabularies.For<TEnum>().Terms
            .ToDictionary(t => t.Name, t => (TEnum)t.Value, StringComparer.Ordinal);

        public static readonly SuggestionIndex Index = new(ByName.Keys);
    }
}
