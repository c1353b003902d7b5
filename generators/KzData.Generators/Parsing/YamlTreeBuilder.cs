using System;
using System.Collections.Generic;
using System.IO;
using KzData.Generators.Common;
using KzData.Generators.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KzData.Generators.Parsing
{
    /// <summary>
    /// Builds a <see cref="YamlNode"/> tree from YamlDotNet's event stream. Working on events (not the
    /// representation model) lets us keep every position, report duplicate keys instead of losing one,
    /// and bound nesting without recursion.
    /// </summary>
    internal static class YamlTreeBuilder
    {
        /// <summary>Far deeper than the schema needs; bounds the work on hostile input.</summary>
        public const int MaxDepth = 64;

        public static ParseResult Parse(string path, string text)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var parser = new Parser(new StringReader(text));
            try
            {
                var root = Build(path, parser, diagnostics);
                return new ParseResult(path, root, diagnostics.ToEquatableArray());
            }
            catch (YamlException ex)
            {
                var location = WithinFile(ToLocation(path, ex.Start, ex.End), path, text);
                return Malformed(path, location, Clean(ex));
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException)
            {
                // YamlDotNet throws bare exceptions for some malformed input (e.g. an unclosed '[' at the end).
                var location = parser.Current is { } current ? WithinFile(ToLocation(path, current.Start, current.End), path, text) : EndOfFile(path, text);
                return Malformed(path, location, $"the parser stopped here ({ex.GetType().Name}); look for an unclosed '[', '{{' or quote");
            }
        }

        private static ParseResult Malformed(string path, LocationInfo location, string message) =>
            new(path, null, new[] { DiagnosticInfo.Create(DiagnosticDescriptors.MalformedYaml, location, message) }.ToEquatableArray());

        private static string Clean(YamlException ex)
        {
            // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (...): "; the location already says that.
            var message = ex.Message;
            var cut = message.IndexOf("): ", StringComparison.Ordinal);
            return cut >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(cut + 3) : message;
        }

        private static YamlNode? Build(string path, Parser parser, List<DiagnosticInfo> diagnostics)
        {
            var stack = new Stack<Frame>();
            var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            YamlNode? root = null;
            var documents = 0;

            while (parser.MoveNext())
            {
                var current = parser.Current!;
                switch (current)
                {
                    case DocumentStart:
                        if (++documents > 1)
                        {
                            throw new YamlException(current.Start, current.End, "facts.yaml must hold a single YAML document; remove the second '---'");
                        }

                        break;
                    case Scalar scalar:
                        var node = new YamlNode(
                            YamlNodeKind.Scalar,
                            scalar.Value,
                            scalar.Style == ScalarStyle.Plain,
                            ToLocation(path, scalar.Start, scalar.End),
                            EquatableArray<YamlNode>.Empty,
                            EquatableArray<YamlPair>.Empty);
                        Remember(anchors, scalar.Anchor, node);
                        Complete(stack, node, ref root, diagnostics);
                        break;
                    case SequenceStart sequence:
                        Push(stack, new Frame(YamlNodeKind.Sequence, sequence.Start, sequence.Anchor), current);
                        break;
                    case MappingStart mapping:
                        Push(stack, new Frame(YamlNodeKind.Mapping, mapping.Start, mapping.Anchor), current);
                        break;
                    case SequenceEnd:
                    case MappingEnd:
                        var frame = stack.Pop();
                        var built = frame.ToNode(path, current.End);
                        Remember(anchors, frame.Anchor, built);
                        Complete(stack, built, ref root, diagnostics);
                        break;
                    case AnchorAlias alias:
                        if (!anchors.TryGetValue(alias.Value.Value, out var target))
                        {
                            throw new YamlException(alias.Start, alias.End, $"alias '*{alias.Value.Value}' refers to no complete anchor");
                        }

                        Complete(stack, target, ref root, diagnostics);
                        break;
                }
            }

            return root;
        }

        private static void Push(Stack<Frame> stack, Frame frame, ParsingEvent current)
        {
            if (stack.Count >= MaxDepth)
            {
                throw new YamlException(current.Start, current.End, $"nesting is deeper than {MaxDepth} levels");
            }

            stack.Push(frame);
        }

        private static void Remember(Dictionary<string, YamlNode> anchors, AnchorName anchor, YamlNode node)
        {
            if (!anchor.IsEmpty)
            {
                anchors[anchor.Value] = node;
            }
        }

        private static void Complete(Stack<Frame> stack, YamlNode node, ref YamlNode? root, List<DiagnosticInfo> diagnostics)
        {
            if (stack.Count == 0)
            {
                root = node;
                return;
            }

            stack.Peek().Add(node, diagnostics);
        }

        internal static LocationInfo ToLocation(string path, Mark start, Mark end) =>
            // YamlDotNet marks are 1-based in line and column; Roslyn's are 0-based.
            LocationInfo.Create(path, (int)start.Index, (int)start.Line - 1, (int)start.Column - 1, (int)end.Index, (int)end.Line - 1, (int)end.Column - 1);

        /// <summary>At the end of a truncated file the parser can report a line past the last one; keep it inside.</summary>
        private static LocationInfo WithinFile(LocationInfo location, string path, string text)
        {
            var end = EndOfFile(path, text);
            return location.LineSpan.Start > end.LineSpan.Start || location.Span.Start > text.Length ? end : location;
        }

        private static LocationInfo EndOfFile(string path, string text)
        {
            var line = 0;
            var column = 0;
            foreach (var c in text)
            {
                if (c == '\n')
                {
                    line++;
                    column = 0;
                }
                else
                {
                    column++;
                }
            }

            return LocationInfo.Create(path, text.Length, line, column, text.Length, line, column);
        }

        private sealed class Frame
        {
            private readonly List<YamlNode> items = new();
            private readonly List<YamlPair> pairs = new();
            private readonly Dictionary<string, YamlNode> keys = new(StringComparer.Ordinal);
            private YamlNode? pendingKey;

            public Frame(YamlNodeKind kind, Mark start, AnchorName anchor)
            {
                Kind = kind;
                Start = start;
                Anchor = anchor;
            }

            public YamlNodeKind Kind { get; }

            public Mark Start { get; }

            public AnchorName Anchor { get; }

            public void Add(YamlNode node, List<DiagnosticInfo> diagnostics)
            {
                if (Kind == YamlNodeKind.Sequence)
                {
                    items.Add(node);
                    return;
                }

                if (pendingKey is null)
                {
                    pendingKey = node;
                    return;
                }

                var key = pendingKey;
                pendingKey = null;
                if (key.Kind == YamlNodeKind.Scalar && keys.TryGetValue(key.Value, out var first))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateKey, key.Location, key.Value, first.Location.LineSpan.Start.Line + 1));
                    return;
                }

                if (key.Kind == YamlNodeKind.Scalar)
                {
                    keys[key.Value] = key;
                }

                pairs.Add(new YamlPair(key, node));
            }

            public YamlNode ToNode(string path, Mark end) => new(
                Kind,
                string.Empty,
                false,
                ToLocation(path, Start, end),
                items.ToEquatableArray(),
                pairs.ToEquatableArray());
        }
    }
}
