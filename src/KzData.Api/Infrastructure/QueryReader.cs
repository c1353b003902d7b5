using System.Text.Json;
using Microsoft.Extensions.Primitives;

namespace KzData.Api.Infrastructure;

/// <summary>
/// Reads query parameters strictly, collecting one clear message per bad parameter (what was given,
/// what is allowed), so a handler can answer a single 400 that lists them all.
/// </summary>
internal sealed class QueryReader
{
    public const int MaxPageSize = 200;
    public const int DefaultPageSize = 50;
    public const int MaxTextLength = 200;

    private readonly Dictionary<string, string[]> errors = new(StringComparer.Ordinal);

    public bool HasErrors => errors.Count > 0;

    public IDictionary<string, string[]> Errors => errors;

    public void Fail(string parameter, string message) => errors[parameter] = [message];

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

    /// <summary>Kebab-case enum values (repeatable); unknown values are errors naming the allowed ones.</summary>
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

            var suggestion = KzData.Common.Suggestions.Nearest(value, EnumNames<TEnum>.ByName.Keys);
            Fail(parameter, $"unknown {parameter} '{Shorten(value)}'{KzData.Common.Suggestions.DidYouMean(suggestion)}; allowed: {string.Join(", ", EnumNames<TEnum>.ByName.Keys)}.");
        }

        return result;
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

    public (int Page, int PageSize) Paging(string? page, string? pageSize) =>
        (Int("page", page, 1, 1, 1_000_000), Int("pageSize", pageSize, DefaultPageSize, 1, MaxPageSize));

    public ValidationProblem Problem() => TypedResults.ValidationProblem(
        errors,
        detail: string.Join(" ", errors.Values.SelectMany(v => v)),
        title: "Invalid query parameter");

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "...";

    /// <summary>Kebab-case names of an enum's values, as JSON writes them.</summary>
    public static class EnumNames<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly IReadOnlyDictionary<string, TEnum> ByName = Enum.GetValues<TEnum>()
            .ToDictionary(v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()), v => v, StringComparer.Ordinal);
    }
}
