using KzData.Generators.Common;
using Microsoft.CodeAnalysis.Text;

namespace KzData.Generators.Parsing
{
    internal enum YamlNodeKind
    {
        Scalar,
        Sequence,
        Mapping,
    }

    /// <summary>
    /// A YAML node with its place in the file. Our own equatable tree, not YamlDotNet's mutable one,
    /// so the parse step's output can be cached and compared.
    /// </summary>
    /// <remarks>
    /// The place is kept as plain fields, and <see cref="Location"/> made when asked (for a diagnostic): a file of
    /// 100,000 facts has millions of nodes, and a location object each would double what the tree holds.
    /// </remarks>
    internal sealed record YamlNode(
        YamlNodeKind Kind,
        string Value,
        bool IsPlain,
        string FilePath,
        TextSpan Span,
        LinePositionSpan LineSpan,
        EquatableArray<YamlNode> Items,
        EquatableArray<YamlPair> Pairs)
    {
        public YamlNode(YamlNodeKind kind, string value, bool isPlain, LocationInfo location, EquatableArray<YamlNode> items, EquatableArray<YamlPair> pairs)
            : this(kind, value, isPlain, location.FilePath, location.Span, location.LineSpan, items, pairs)
        {
        }

        public LocationInfo Location => new(FilePath, Span, LineSpan);

        /// <summary>The 1-based line the node starts on, as messages print it.</summary>
        public string Line => (LineSpan.Start.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>A plain empty scalar, <c>~</c> or <c>null</c>: YAML's null.</summary>
        public bool IsNull => Kind == YamlNodeKind.Scalar && IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

        /// <summary>How the kind reads in a message.</summary>
        public string Describe() => Kind switch
        {
            YamlNodeKind.Sequence => "a list",
            YamlNodeKind.Mapping => "a mapping",
            _ => IsNull ? "empty" : "a single value",
        };
    }

    /// <summary>
    /// A key and its value, held inline in its mapping's array. A key that is a single value (all but a rare list or
    /// mapping used as a key) is kept as fields, not as a node: a fact's dozen keys would be a dozen nodes more, kept
    /// as long as the tree. <see cref="Key"/> makes its node when a message or a walk needs one.
    /// </summary>
    internal readonly record struct YamlPair
    {
        /// <summary>A list or mapping used as a key; null for a key that is a single value.</summary>
        private readonly YamlNode? complexKey;

        public YamlPair(string keyText, bool keyIsPlain, TextSpan keySpan, LinePositionSpan keyLineSpan, YamlNode value)
        {
            KeyText = keyText;
            KeyIsPlain = keyIsPlain;
            KeySpan = keySpan;
            KeyLineSpan = keyLineSpan;
            Value = value;
        }

        public YamlPair(YamlNode key, YamlNode value)
            : this(key.Value, key.IsPlain, key.Span, key.LineSpan, value)
        {
            complexKey = key.Kind == YamlNodeKind.Scalar ? null : key;
        }

        /// <summary>The key's text (empty for a list or mapping key, as its node's value is).</summary>
        public string KeyText { get; }

        public bool KeyIsPlain { get; }

        public TextSpan KeySpan { get; }

        public LinePositionSpan KeyLineSpan { get; }

        public YamlNode Value { get; }

        /// <summary>True for a key that is a single value (a scalar), the only kind a schema key can be.</summary>
        public bool KeyIsScalar => complexKey is null;

        /// <summary>The key as a node, equal to the one parsed; a scalar key's is made on each call.</summary>
        public YamlNode Key => complexKey ?? new YamlNode(YamlNodeKind.Scalar, KeyText, KeyIsPlain, Value.FilePath, KeySpan, KeyLineSpan, EquatableArray<YamlNode>.Empty, EquatableArray<YamlPair>.Empty);

        /// <summary>Where the key is (its node's <see cref="YamlNode.Location"/>), without making the node.</summary>
        public LocationInfo KeyLocation => complexKey?.Location ?? new LocationInfo(Value.FilePath, KeySpan, KeyLineSpan);
    }

    /// <summary>The result of parsing facts.yaml: a tree (null when the YAML is malformed) and diagnostics.</summary>
    internal sealed record ParseResult(string Path, YamlNode? Root, EquatableArray<DiagnosticInfo> Diagnostics);
}
