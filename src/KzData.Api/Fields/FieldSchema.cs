using System.Collections.Concurrent;
using System.Text.Json.Serialization.Metadata;
using KzData.Api.Contracts;
using Microsoft.AspNetCore.Http.Metadata;

namespace KzData.Api.Fields;

/// <summary>How a JSON body holds the records that <c>fields=</c> selects from.</summary>
internal enum FieldShape
{
    /// <summary>One record (an item endpoint): the selection applies to it.</summary>
    Item,

    /// <summary>A JSON array of records: the selection applies to each.</summary>
    List,

    /// <summary>A <see cref="PageDto{T}"/>: the paging members stay, the selection applies to each of <c>items</c>.</summary>
    Page,
}

/// <summary>
/// The field names <c>fields=</c> accepts for one response type, read from the source-generated
/// <see cref="JsonTypeInfo"/> metadata of <see cref="AppJsonContext"/>: the JSON names the serialiser writes,
/// and, for members that are objects or lists of objects, their members as dotted paths (<c>evidence.quote</c>).
/// Nothing here lists a name: a new DTO member is selectable as soon as it is serialised.
/// </summary>
internal sealed class FieldSchema
{
    /// <summary>Nesting deeper than this is not offered (no DTO needs it; it bounds the paths).</summary>
    public const int MaxDepth = 3;

    private static readonly ConcurrentDictionary<Type, FieldSchema?> ByType = new();

    private FieldSchema(FieldShape shape, IReadOnlyList<string> paths)
    {
        Shape = shape;
        Paths = paths;
        PathSet = paths.ToHashSet(StringComparer.Ordinal);
        Index = new Infrastructure.SuggestionIndex(paths);
    }

    public FieldShape Shape { get; }

    /// <summary>Every selectable path, in the order the JSON writes the members (parents before their members).</summary>
    public IReadOnlyList<string> Paths { get; }

    public IReadOnlySet<string> PathSet { get; }

    /// <summary>Did-you-mean over <see cref="Paths"/>.</summary>
    public Infrastructure.SuggestionIndex Index { get; }

    /// <summary>The schema of the records in a body of <paramref name="bodyType"/>, or null when it holds no records (text, no body).</summary>
    public static FieldSchema? For(Type bodyType) => ByType.GetOrAdd(bodyType, Build);

    /// <summary>The schema of an endpoint's 200 JSON answer (declared by its result type), or null when it has none.</summary>
    public static FieldSchema? For(IEnumerable<object> endpointMetadata)
    {
        foreach (var produces in endpointMetadata.OfType<IProducesResponseTypeMetadata>())
        {
            if (produces.StatusCode == StatusCodes.Status200OK && produces.Type is { } type && produces.ContentTypes.Contains("application/json"))
            {
                return For(type);
            }
        }

        return null;
    }

    private static FieldSchema? Build(Type bodyType)
    {
        if (AppJsonContext.Web.GetTypeInfo(bodyType) is not { } info)
        {
            return null;
        }

        var shape = FieldShape.Item;
        if (bodyType.IsGenericType && bodyType.GetGenericTypeDefinition() == typeof(PageDto<>))
        {
            shape = FieldShape.Page;
            info = Element(info.Properties.Single(p => p.PropertyType.IsAssignableTo(typeof(System.Collections.IEnumerable)) && p.PropertyType != typeof(string)).PropertyType);
        }
        else if (info.Kind == JsonTypeInfoKind.Enumerable)
        {
            shape = FieldShape.List;
            info = Element(bodyType);
        }

        if (info?.Kind != JsonTypeInfoKind.Object)
        {
            return null;
        }

        var paths = new List<string>();
        Collect(info, prefix: string.Empty, depth: 1, paths);
        return new FieldSchema(shape, paths);
    }

    /// <summary>The record type of a member: the member's own type, or its element type when it is a list.</summary>
    private static JsonTypeInfo? Element(Type type)
    {
        var info = AppJsonContext.Web.GetTypeInfo(type);
        return info?.Kind == JsonTypeInfoKind.Enumerable && info.ElementType is { } element ? AppJsonContext.Web.GetTypeInfo(element) : info;
    }

    private static void Collect(JsonTypeInfo info, string prefix, int depth, List<string> paths)
    {
        foreach (var property in info.Properties)
        {
            var path = prefix + property.Name;
            paths.Add(path);
            if (depth < MaxDepth && Element(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) is { Kind: JsonTypeInfoKind.Object } member)
            {
                Collect(member, path + ".", depth + 1, paths);
            }
        }
    }
}
