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

    /// <summary>A key and its value; a struct, held inline in its mapping's array (no object per pair).</summary>
    internal readonly record struct YamlPair(YamlNode Key, YamlNode Value);

    /// <summary>The result of parsing facts.yaml: a tree (null when the YAML is malformed) and diagnostics.</summary>
    internal sealed record ParseResult(string Path, YamlNode? Root, EquatableArray<DiagnosticInfo> Diagnostics);
}
