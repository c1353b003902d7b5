using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using KzData.Common;
using KzData.Api.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KzData.Api.Infrastructure;

/// <summary>One query parameter an endpoint reads, from its <c>[FromQuery]</c> declaration.</summary>
/// <param name="Name">The name exactly as written in the URL (names are case-sensitive here).</param>
/// <param name="Repeatable">An array property: the parameter may be given more than once.</param>
/// <param name="Integer">A whole number: <c>page=0001</c> and <c>page=1</c> are the same request.</param>
internal sealed record QueryParameter(string Name, bool Repeatable, bool Integer);

/// <summary>
/// The query parameters each endpoint accepts, read from its handler's signature: the <c>[FromQuery]</c>
/// properties of its <c>[AsParameters]</c> query records (and any <c>[FromQuery]</c> parameter). The records
/// are the one definition; nothing here lists names. Used to refuse unknown parameters (400 with "did you
/// mean") and to build canonical cache keys.
/// </summary>
internal static class QueryParameters
{
    private static readonly ConcurrentDictionary<Endpoint, KnownParameters?> ByEndpoint = new();

    /// <summary>The parameters of the request's endpoint, or null when the endpoint is not one of the API's own handlers.</summary>
    public static KnownParameters? For(HttpContext context) =>
        context.GetEndpoint() is { } endpoint ? ByEndpoint.GetOrAdd(endpoint, Read) : null;

    private static KnownParameters? Read(Endpoint endpoint)
    {
        var method = endpoint.Metadata.GetMetadata<MethodInfo>();
        if (method is null || method.DeclaringType?.Assembly != typeof(QueryParameters).Assembly
            || (endpoint is RouteEndpoint route && route.RoutePattern.Parameters.Any(p => p.IsCatchAll)))
        {
            return null;
        }

        var routeNames = endpoint is RouteEndpoint routed
            ? routed.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : [];
        // The binding metadata lists each handler parameter, with an [AsParameters] record already expanded into its
        // properties (their attributes included): no reflection over the records' members, so trimming and
        // Native AOT keep working (the request delegate generator writes this metadata at compile time).
        var parameters = new List<QueryParameter>();
        foreach (var binding in endpoint.Metadata.GetOrderedMetadata<IParameterBindingMetadata>())
        {
            var parameter = binding.ParameterInfo;
            if (parameter.GetCustomAttribute<FromQueryAttribute>() is { } query)
            {
                parameters.Add(Describe(query.Name ?? parameter.Name ?? binding.Name, parameter.ParameterType, parameter));
            }
            else if (IsImplicitQuery(parameter, routeNames))
            {
                // A plain string or number that is not in the route: minimal APIs bind it from the query.
                parameters.Add(Describe(parameter.Name!, parameter.ParameterType, parameter));
            }
        }

        // fields= (sparse fieldsets) on every endpoint whose answer is JSON records; see Fields/FieldSelection.
        if (Fields.FieldSchema.For(endpoint.Metadata) is not null)
        {
            parameters.Add(new QueryParameter(Fields.FieldSelection.ParameterName, Repeatable: false, Integer: false));
        }

        return new KnownParameters(parameters);
    }

    private static QueryParameter Describe(string name, Type type, ICustomAttributeProvider member) =>
        new(name, type.IsArray, member.GetCustomAttributes(typeof(IntegerAttribute), inherit: true).Length > 0 || IsWholeNumber(type));

    private static bool IsWholeNumber(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(int) || type == typeof(long) || type == typeof(short);
    }

    private static bool IsImplicitQuery(ParameterInfo parameter, HashSet<string> routeNames)
    {
        if (parameter.Name is null || routeNames.Contains(parameter.Name)
            || parameter.GetCustomAttributes(inherit: true).Any(a => a is IBindingSourceMetadata or FromKeyedServicesAttribute))
        {
            return false;
        }

        var type = parameter.ParameterType.IsArray ? parameter.ParameterType.GetElementType()! : parameter.ParameterType;
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) || type.IsPrimitive || type == typeof(decimal) || type == typeof(DateOnly) || type == typeof(DateTime);
    }
}

/// <summary>The query parameters of one endpoint.</summary>
internal sealed class KnownParameters
{
    private readonly Dictionary<string, QueryParameter> byName;
    private readonly SuggestionIndex names;
    private readonly QueryParameter[] sorted;

    public KnownParameters(IReadOnlyList<QueryParameter> parameters)
    {
        byName = parameters.ToDictionary(p => p.Name, StringComparer.Ordinal);
        names = new SuggestionIndex(byName.Keys);
        All = parameters;
        sorted = [.. parameters.OrderBy(p => p.Name, StringComparer.Ordinal)];
    }

    public IReadOnlyList<QueryParameter> All { get; }

    /// <summary>Whether the endpoint takes the parameter <paramref name="name"/>.</summary>
    public bool Contains(string name) => byName.ContainsKey(name);

    /// <summary>
    /// A 400 naming each unknown parameter (with the nearest known name: <c>pagesize</c> → <c>pageSize</c>) and
    /// each single-valued parameter given twice, or null when the query is fine.
    /// </summary>
    public ValidationProblem? Check(IQueryCollection query)
    {
        // The usual case, without allocating: every name known, single-valued ones once.
        var fine = true;
        foreach (var (name, values) in query)
        {
            if (!byName.TryGetValue(name, out var known) || (!known.Repeatable && values.Count > 1))
            {
                fine = false;
                break;
            }
        }

        if (fine)
        {
            return null;
        }

        var reader = new QueryReader();
        foreach (var (name, values) in query)
        {
            if (!byName.TryGetValue(name, out var known))
            {
                var suggestion = reader.Suggest(name, names);
                var shown = SuggestionIndex.Shorten(name);
                reader.Fail(shown, $"unknown query parameter '{shown}'{Suggestions.DidYouMean(suggestion)}; this endpoint takes {(byName.Count == 0 ? "no query parameters" : string.Join(", ", byName.Keys))}.");
            }
            else if (!known.Repeatable && values.Count > 1)
            {
                reader.Fail(name, $"{name} may be given once; got it {values.Count} times.");
            }
        }

        return reader.HasErrors ? reader.Problem() : null;
    }

    /// <summary>
    /// The canonical form of a (checked) query: parameters by name in ordinal order, each parameter's values in
    /// the order given, integers as numbers (<c>page=0001</c> is <c>page=1</c>). Two URLs that ask the same
    /// question share one cache entry.
    /// </summary>
    public string Canonical(IQueryCollection query)
    {
        if (query.Count == 0)
        {
            return string.Empty;
        }

        var key = new StringBuilder("?");
        foreach (var parameter in sorted)
        {
            if (!query.TryGetValue(parameter.Name, out var values))
            {
                continue;
            }

            foreach (var value in values)
            {
                var text = value ?? string.Empty;
                if (parameter.Integer && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
                {
                    text = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                else if (parameter.Name == Fields.FieldSelection.ParameterName)
                {
                    text = Fields.FieldSelection.Canonicalize(text);
                }

                key.Append(parameter.Name).Append('=').Append(Uri.EscapeDataString(text)).Append('&');
            }
        }

        return key.ToString();
    }
}
