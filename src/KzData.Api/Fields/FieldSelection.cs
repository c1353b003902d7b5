using System.Text.Json;
using KzData.Api.Infrastructure;
using KzData.Common;

namespace KzData.Api.Fields;

/// <summary>
/// A parsed <c>fields=</c> sparse fieldset: which members of each record to keep (a member named whole keeps all
/// of it; <c>evidence.quote</c> keeps only that member of each evidence item). Applied to the serialised JSON, so
/// what is kept is byte-for-byte what the full answer says.
/// </summary>
internal sealed class FieldSelection
{
    /// <summary>The query parameter.</summary>
    public const string ParameterName = "fields";

    /// <summary>The longest <c>fields=</c> value accepted: every path of the largest record fits; junk cannot grow cache keys.</summary>
    public const int MaxLength = 600;

    private static readonly object ItemKey = new();
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Node root;
    private readonly FieldShape shape;

    private FieldSelection(FieldShape shape, Node root, string canonical)
    {
        this.shape = shape;
        this.root = root;
        Canonical = canonical;
    }

    /// <summary>The selected paths, sorted, without duplicates or members of selected parents: the cache key form.</summary>
    public string Canonical { get; }

    /// <summary>The selection the request asked for (set by <see cref="FieldSelectionMiddleware"/>), or null for whole records.</summary>
    public static FieldSelection? Of(HttpContext context) => context.Items.TryGetValue(ItemKey, out var value) ? value as FieldSelection : null;

    public void AttachTo(HttpContext context) => context.Items[ItemKey] = this;

    /// <summary>
    /// The canonical form of a <c>fields=</c> value: paths trimmed, sorted, each once, and a path dropped when its parent
    /// is selected whole. Order and repetition in the URL never make a new cache entry.
    /// </summary>
    public static string Canonicalize(string value)
    {
        var paths = Split(value).Distinct(StringComparer.Ordinal).ToList();
        return string.Join(',', paths
            .Where(p => !paths.Any(parent => p.StartsWith(parent + ".", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal));
    }

    /// <summary>Parses <paramref name="value"/> against <paramref name="schema"/>; every unknown path is an error with the nearest valid path.</summary>
    public static FieldSelection? Parse(string value, FieldSchema schema, QueryReader reader)
    {
        if (value.Length > MaxLength)
        {
            reader.Fail(ParameterName, $"{ParameterName} may be at most {MaxLength} characters; got {value.Length}.");
            return null;
        }

        var paths = Split(value).ToList();
        if (paths.Count == 0)
        {
            reader.Fail(ParameterName, $"{ParameterName} must name at least one field, comma-separated; valid fields: {string.Join(", ", schema.Paths)}.");
            return null;
        }

        foreach (var path in paths.Where(p => !schema.PathSet.Contains(p)).Distinct(StringComparer.Ordinal))
        {
            var shown = SuggestionIndex.Shorten(path);
            reader.Fail(ParameterName, $"unknown field '{shown}'{Suggestions.DidYouMean(schema.Index.Nearest(path))}; valid fields: {string.Join(", ", schema.Paths)}.");
        }

        if (reader.HasErrors)
        {
            return null;
        }

        var root = new Node();
        foreach (var path in paths)
        {
            root.Add(path.Split('.'));
        }

        return new FieldSelection(schema.Shape, root, Canonicalize(value));
    }

    /// <summary>The JSON <paramref name="body"/> with only the selected members of each record.</summary>
    public byte[] Apply(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        using var output = new MemoryStream(body.Length);
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            var json = document.RootElement;
            switch (shape)
            {
                case FieldShape.Item:
                    Write(writer, json, root);
                    break;
                case FieldShape.List:
                    WriteList(writer, json, root);
                    break;
                case FieldShape.Page:
                    writer.WriteStartObject();
                    foreach (var member in json.EnumerateObject())
                    {
                        writer.WritePropertyName(member.Name);
                        if (member.Value.ValueKind == JsonValueKind.Array)
                        {
                            WriteList(writer, member.Value, root); // the items; the paging members stay whole
                        }
                        else
                        {
                            member.Value.WriteTo(writer);
                        }
                    }

                    writer.WriteEndObject();
                    break;
            }
        }

        return output.ToArray();
    }

    private static IEnumerable<string> Split(string value) =>
        value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static void WriteList(Utf8JsonWriter writer, JsonElement array, Node selection)
    {
        writer.WriteStartArray();
        foreach (var item in array.EnumerateArray())
        {
            Write(writer, item, selection);
        }

        writer.WriteEndArray();
    }

    /// <summary>A record (or null, or a list of records) with only the selected members.</summary>
    private static void Write(Utf8JsonWriter writer, JsonElement value, Node selection)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var member in value.EnumerateObject())
                {
                    if (selection.Members.TryGetValue(member.Name, out var child))
                    {
                        writer.WritePropertyName(member.Name);
                        if (child.Whole)
                        {
                            member.Value.WriteTo(writer);
                        }
                        else
                        {
                            Write(writer, member.Value, child);
                        }
                    }
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                WriteList(writer, value, selection);
                break;
            default:
                value.WriteTo(writer);
                break;
        }
    }

    /// <summary>One level of the selection: a member kept whole, or the members of it that are kept.</summary>
    private sealed class Node
    {
        public Dictionary<string, Node> Members { get; } = new(StringComparer.Ordinal);

        public bool Whole { get; private set; }

        public void Add(ReadOnlySpan<string> path)
        {
            if (!Members.TryGetValue(path[0], out var child))
            {
                Members[path[0]] = child = new Node();
            }

            if (path.Length == 1)
            {
                child.Whole = true;
                child.Members.Clear();
            }
            else if (!child.Whole)
            {
                child.Add(path[1..]);
            }
        }
    }
}
