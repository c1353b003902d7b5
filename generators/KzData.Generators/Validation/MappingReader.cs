using System;
using System.Collections.Generic;
using System.Linq;
using KzData.Common;
using KzData.Generators.Common;
using KzData.Generators.Diagnostics;
using KzData.Generators.Parsing;

namespace KzData.Generators.Validation
{
    /// <summary>
    /// Reads one YAML mapping against a list of allowed keys, reporting unknown keys, missing
    /// required keys and values of the wrong kind, each at its own place in the file.
    /// </summary>
    internal sealed class MappingReader
    {
        /// <summary>
        /// Each allowed key's pair, at the key's index in <see cref="allowed"/>: its index in the node's pairs plus one
        /// (0: absent). An int, not a copy of the pair: a reader lives as long as its item's checks, for every item.
        /// </summary>
        private readonly int[] slots;
        private readonly List<DiagnosticInfo> diagnostics;
        private readonly YamlNode node;
        private readonly string[] allowed;
        private readonly string? itemName;
        private readonly string? prefix;
        private readonly MappingReader? parent;
        private string? context;

        public MappingReader(YamlNode node, string context, string[] allowed, List<DiagnosticInfo> diagnostics)
            : this(node, allowed, diagnostics, context, null, null, null)
        {
        }

        /// <summary>
        /// An item of a section, named in messages by its id ("fact 'x'") or else its line ("fact at line 7"). The name
        /// is only built when a message needs it: naming every item of a large file up front would cost strings per item.
        /// </summary>
        public static MappingReader ForItem(YamlNode node, string itemName, string[] allowed, List<DiagnosticInfo> diagnostics) =>
            new(node, allowed, diagnostics, null, itemName, null, null);

        /// <summary>A mapping inside an item, named by <paramref name="prefix"/> and the item's name ("evidence of fact 'x'"), when needed.</summary>
        public static MappingReader Nested(YamlNode node, string prefix, MappingReader parent, string[] allowed, List<DiagnosticInfo> diagnostics) =>
            new(node, allowed, diagnostics, null, null, prefix, parent);

        private MappingReader(YamlNode node, string[] allowed, List<DiagnosticInfo> diagnostics, string? context, string? itemName, string? prefix, MappingReader? parent)
        {
            this.context = context;
            this.itemName = itemName;
            this.prefix = prefix;
            this.parent = parent;
            this.node = node;
            this.allowed = allowed;
            this.diagnostics = diagnostics;
            slots = new int[allowed.Length];
            for (var p = 0; p < node.Pairs.Count; p++)
            {
                var pair = node.Pairs[p];
                if (!pair.KeyIsScalar)
                {
                    Report(DiagnosticDescriptors.WrongType, pair.KeyLocation, "key", "a single value", pair.Key.Describe());
                    continue;
                }

                var index = IndexOf(pair.KeyText);
                if (index < 0)
                {
                    var suggestion = Suggestions.Nearest(pair.KeyText, allowed.Select(k => (k, Enumerable.Empty<string>())));
                    var hint = suggestion is null ? $"; allowed keys: {string.Join(", ", allowed)}" : Suggestions.DidYouMean(suggestion);
                    Report(DiagnosticDescriptors.UnknownKey, pair.KeyLocation, pair.KeyText, Context, hint);
                    continue;
                }

                slots[index] = p + 1;
            }
        }

        /// <summary>How the mapping is named in messages, e.g. "fact 'x'".</summary>
        public string Context => context ??= parent is not null ? prefix + parent.Context : NameItem(itemName ?? "item", node);

        public LocationInfo Location => node.Location;

        public bool Has(string key) => slots[Known(key)] != 0;

        /// <summary>The location of a key, or of the mapping when the key is absent.</summary>
        public LocationInfo KeyLocation(string key) => Pair(key) is { } pair ? pair.KeyLocation : node.Location;

        public void RequireAll(string[] required, params string[] except)
        {
            foreach (var key in required)
            {
                if (Pair(key) is null && Array.IndexOf(except, key) < 0)
                {
                    Report(DiagnosticDescriptors.MissingKey, node.Location, Context, key);
                }
            }
        }

        /// <summary>A single non-empty value, or null (with a diagnostic when present but wrong or empty).</summary>
        public YamlNode? Scalar(string key, bool required = false)
        {
            if (At(Known(key)) is not { } pair)
            {
                return null;
            }

            var value = pair.Value;
            if (value.Kind != YamlNodeKind.Scalar)
            {
                Report(DiagnosticDescriptors.WrongType, value.Location, key, "a single value", value.Describe());
                return null;
            }

            if (value.IsNull || string.IsNullOrWhiteSpace(value.Value))
            {
                if (required)
                {
                    Report(DiagnosticDescriptors.EmptyValue, pair.KeyLocation, key);
                }

                return null;
            }

            return value;
        }

        /// <summary>The list of no items, shared (read-only, so sharing it is safe).</summary>
        public static readonly IReadOnlyList<YamlNode> NoItems = Array.Empty<YamlNode>();

        /// <summary>A list of single values; absent or empty gives an empty list.</summary>
        public IReadOnlyList<YamlNode> ScalarList(string key) => Items(Sequence(key), key);

        /// <summary>The single values of a list node (each other kind of item is reported).</summary>
        public IReadOnlyList<YamlNode> Items(YamlNode? sequence, string key)
        {
            if (sequence is null || sequence.Items.Count == 0)
            {
                return NoItems;
            }

            var items = new List<YamlNode>(sequence.Items.Count);

            foreach (var item in sequence.Items)
            {
                if (item.Kind != YamlNodeKind.Scalar || item.IsNull)
                {
                    Report(DiagnosticDescriptors.WrongType, item.Location, key + " item", "a single value", item.Describe());
                    continue;
                }

                items.Add(item);
            }

            return items;
        }

        /// <summary>True when the key is present with an empty (null) value.</summary>
        public bool IsEmpty(string key) => Pair(key) is { } pair && pair.Value.IsNull;

        /// <summary>A list node, or null when absent or empty (with a diagnostic when of the wrong kind).</summary>
        public YamlNode? Sequence(string key) => Child(key, YamlNodeKind.Sequence, "a list");

        /// <summary>A mapping node, or null when absent or empty (with a diagnostic when of the wrong kind).</summary>
        public YamlNode? Mapping(string key) => Child(key, YamlNodeKind.Mapping, "a mapping");

        private YamlNode? Child(string key, YamlNodeKind kind, string expected)
        {
            if (At(Known(key)) is not { } pair || pair.Value.IsNull)
            {
                return null;
            }

            if (pair.Value.Kind != kind)
            {
                Report(DiagnosticDescriptors.WrongType, pair.Value.Location, key, expected, pair.Value.Describe());
                return null;
            }

            return pair.Value;
        }

        /// <summary>
        /// Validation may only read keys the schema declares: reading one it lacks is a bug in the
        /// generator (reported as KZ1000 by the tests' first run), never a silently ignored key.
        /// </summary>
        private int Known(string key)
        {
            var index = IndexOf(key);
            return index >= 0 ? index : throw new InvalidOperationException($"'{key}' is not a key of {Context} in Model/Schema.cs");
        }

        private static string NameItem(string itemName, YamlNode node)
        {
            foreach (var pair in node.Pairs)
            {
                if (pair.KeyText == "id" && pair.Value.Kind == YamlNodeKind.Scalar && !pair.Value.IsNull)
                {
                    return $"{itemName} '{pair.Value.Value}'";
                }
            }

            return $"{itemName} at line {node.Line}";
        }

        /// <summary>The pair of a key, null when absent or not a key of the schema.</summary>
        private YamlPair? Pair(string key) => IndexOf(key) is var index and >= 0 ? At(index) : null;

        /// <summary>The pair of the allowed key at <paramref name="index"/>, null when absent.</summary>
        private YamlPair? At(int index) => slots[index] == 0 ? null : node.Pairs[slots[index] - 1];

        /// <summary>The index of an allowed key, -1 for none; the schema's key lists are short, so a scan beats hashing.</summary>
        private int IndexOf(string key)
        {
            for (var i = 0; i < allowed.Length; i++)
            {
                if (string.Equals(allowed[i], key, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }

        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params object?[] args) =>
            diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));
    }
}
