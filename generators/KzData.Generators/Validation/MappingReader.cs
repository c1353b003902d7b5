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
        private readonly Dictionary<string, YamlPair> pairs = new(StringComparer.Ordinal);
        private readonly List<DiagnosticInfo> diagnostics;
        private readonly YamlNode node;
        private readonly IReadOnlyList<string> allowed;

        public MappingReader(YamlNode node, string context, IReadOnlyList<string> allowed, List<DiagnosticInfo> diagnostics)
        {
            this.node = node;
            this.allowed = allowed;
            this.diagnostics = diagnostics;
            Context = context;
            foreach (var pair in node.Pairs)
            {
                if (pair.Key.Kind != YamlNodeKind.Scalar)
                {
                    Report(DiagnosticDescriptors.WrongType, pair.Key.Location, "key", "a single value", pair.Key.Describe());
                    continue;
                }

                if (!allowed.Contains(pair.Key.Value))
                {
                    var suggestion = Suggestions.Nearest(pair.Key.Value, allowed.Select(k => (k, Enumerable.Empty<string>())));
                    var hint = suggestion is null ? $"; allowed keys: {string.Join(", ", allowed)}" : Suggestions.DidYouMean(suggestion);
                    Report(DiagnosticDescriptors.UnknownKey, pair.Key.Location, pair.Key.Value, context, hint);
                    continue;
                }

                pairs[pair.Key.Value] = pair;
            }
        }

        /// <summary>How the mapping is named in messages, e.g. "fact 'x'".</summary>
        public string Context { get; }

        public LocationInfo Location => node.Location;

        public bool Has(string key) => pairs.ContainsKey(Known(key));

        /// <summary>The location of a key, or of the mapping when the key is absent.</summary>
        public LocationInfo KeyLocation(string key) => pairs.TryGetValue(key, out var pair) ? pair.Key.Location : node.Location;

        public void RequireAll(IEnumerable<string> required, params string[] except)
        {
            foreach (var key in required)
            {
                if (!pairs.ContainsKey(key) && !except.Contains(key))
                {
                    Report(DiagnosticDescriptors.MissingKey, node.Location, Context, key);
                }
            }
        }

        /// <summary>A single non-empty value, or null (with a diagnostic when present but wrong or empty).</summary>
        public YamlNode? Scalar(string key, bool required = false)
        {
            if (!pairs.TryGetValue(Known(key), out var pair))
            {
                return null;
            }

            var value = pair.Value;
            if (value.Kind != YamlNodeKind.Scalar)
            {
                Report(DiagnosticDescriptors.WrongType, value.Location, key, "a single value", value.Describe());
                return null;
            }

            if (value.IsNull || value.Value.Trim().Length == 0)
            {
                if (required)
                {
                    Report(DiagnosticDescriptors.EmptyValue, pair.Key.Location, key);
                }

                return null;
            }

            return value;
        }

        /// <summary>A list of single values; absent or empty gives an empty list.</summary>
        public List<YamlNode> ScalarList(string key) => Items(Sequence(key), key);

        /// <summary>The single values of a list node (each other kind of item is reported).</summary>
        public List<YamlNode> Items(YamlNode? sequence, string key)
        {
            var items = new List<YamlNode>();
            if (sequence is null)
            {
                return items;
            }

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
        public bool IsEmpty(string key) => pairs.TryGetValue(key, out var pair) && pair.Value.IsNull;

        /// <summary>A list node, or null when absent or empty (with a diagnostic when of the wrong kind).</summary>
        public YamlNode? Sequence(string key) => Child(key, YamlNodeKind.Sequence, "a list");

        /// <summary>A mapping node, or null when absent or empty (with a diagnostic when of the wrong kind).</summary>
        public YamlNode? Mapping(string key) => Child(key, YamlNodeKind.Mapping, "a mapping");

        private YamlNode? Child(string key, YamlNodeKind kind, string expected)
        {
            if (!pairs.TryGetValue(Known(key), out var pair) || pair.Value.IsNull)
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
        private string Known(string key) =>
            allowed.Contains(key) ? key : throw new InvalidOperationException($"'{key}' is not a key of {Context} in Model/Schema.cs");

        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params object?[] args) =>
            diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));
    }
}
