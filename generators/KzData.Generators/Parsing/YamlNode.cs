using KzData.Generators.Common;

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
    internal sealed record YamlNode(
        YamlNodeKind Kind,
        string Value,
        bool IsPlain,
        LocationInfo Location,
        EquatableArray<YamlNode> Items,
        EquatableArray<YamlPair> Pairs)
    {
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

    internal sealed record YamlPair(YamlNode Key, YamlNode Value);

    /// <summary>The result of parsing facts.yaml: a tree (null when the YAML is malformed) and diagnostics.</summary>
    internal sealed record ParseResult(string Path, YamlNode? Root, EquatableArray<DiagnosticInfo> Diagnostics);
}
