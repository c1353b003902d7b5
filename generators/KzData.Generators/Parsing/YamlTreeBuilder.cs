using System;
using System.Collections.Generic;
using System.IO;
using KzData.Generators.Common;
using KzData.Generators.Diagnostics;
using Microsoft.CodeAnalysis.Text;
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

        /// <summary>The most characters one value may hold (KZ1023); a longer one is reported and cut to this length.</summary>
        public const int MaxValueLength = 10_000;

        public static ParseResult Parse(string path, string text)
        {
            var diagnostics = new List<DiagnosticInfo>();
            TextHazards.Scan(path, text, isSeed: false, diagnostics);
            var parser = new Parser(new StringReader(text));
            try
            {
                // An empty or comment-only file has no node at all: a null root, which validation reports (KZ1020).
                var root = Build(path, parser, diagnostics) ?? NullAt(LocationInfo.FileStart(path));
                return new ParseResult(path, root, diagnostics.ToEquatableArray());
            }
            catch (YamlException ex)
            {
                var location = WithinFile(ToLocation(path, ex.Start, ex.End), path, text);
                return Malformed(path, location, Clean(ex), diagnostics);
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException)
            {
                // YamlDotNet throws bare exceptions for some malformed input (e.g. an unclosed '[' at the end).
                var location = parser.Current is { } current ? WithinFile(ToLocation(path, current.Start, current.End), path, text) : EndOfFile(path, text);
                return Malformed(path, location, $"the parser stopped here ({ex.GetType().Name}); look for an unclosed '[', '{{' or quote", diagnostics);
            }
        }

        private static ParseResult Malformed(string path, LocationInfo location, string message, List<DiagnosticInfo> before)
        {
            before.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedYaml, location, message));
            return new ParseResult(path, null, before.ToEquatableArray());
        }

        private static YamlNode NullAt(LocationInfo location) =>
            new(YamlNodeKind.Scalar, string.Empty, true, location, EquatableArray<YamlNode>.Empty, EquatableArray<YamlPair>.Empty);

        /// <summary>A YAML tag is refused (KZ1022): the generator reads every value as text, whatever a tag says.</summary>
        private static void RefuseTag(string path, NodeEvent node, List<DiagnosticInfo> diagnostics)
        {
            if (!node.Tag.IsEmpty)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TagRefused, ToLocation(path, node.Start, node.Start), node.Tag.Value));
            }
        }

        private static string Clean(YamlException ex)
        {
            // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (...): "; the location already says that.
            var message = ex.Message;
            var cut = message.IndexOf("): ", StringComparison.Ordinal);
            return cut >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(cut + 3) : message;
        }

        private static YamlNode? Build(string path, Parser parser, List<DiagnosticInfo> diagnostics)
        {
            var stack = new FrameStack();
            var strings = new SharedStrings();
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
                        RefuseTag(path, scalar, diagnostics);
                        Spans(scalar.Start, scalar.End, out var span, out var lineSpan);
                        var value = scalar.Value;
                        if (value.Length > MaxValueLength)
                        {
                            // Reported and cut, so the rest of the file is still checked and nothing oversized is emitted.
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ValueTooLong, new LocationInfo(path, span, lineSpan), value.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), MaxValueLength.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
                            value = value.Substring(0, MaxValueLength);
                        }

                        if (stack.Count > 0 && stack.Peek().AwaitsKey)
                        {
                            // A key is kept as fields of its pair (see YamlPair), so no node is made for it.
                            stack.Peek().AddKey(strings.Share(value), scalar.Style == ScalarStyle.Plain, span, lineSpan);
                            break;
                        }

                        var node = new YamlNode(
                            YamlNodeKind.Scalar,
                            strings.Share(value),
                            scalar.Style == ScalarStyle.Plain,
                            path,
                            span,
                            lineSpan,
                            EquatableArray<YamlNode>.Empty,
                            EquatableArray<YamlPair>.Empty);
                        Complete(stack, node, ref root, diagnostics);
                        break;
                    case SequenceStart sequence:
                        RefuseTag(path, sequence, diagnostics);
                        Push(stack, YamlNodeKind.Sequence, sequence.Start, current);
                        break;
                    case MappingStart mapping:
                        RefuseTag(path, mapping, diagnostics);
                        Push(stack, YamlNodeKind.Mapping, mapping.Start, current);
                        break;
                    case SequenceEnd:
                    case MappingEnd:
                        var frame = stack.Pop();
                        Complete(stack, frame.ToNode(path, current.End), ref root, diagnostics);
                        break;
                    case AnchorAlias alias:
                        // Refused, never expanded: a chain of aliases ("billion laughs") would make the tree, and every
                        // comparison of it by the incremental pipeline, exponential in the file's size. The use becomes
                        // a null value, so the rest of the file is still checked.
                        var at = ToLocation(path, alias.Start, alias.End);
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AliasRefused, at, alias.Value.Value));
                        Complete(stack, NullAt(at), ref root, diagnostics);
                        break;
                }
            }

            return root;
        }

        private static void Push(FrameStack stack, YamlNodeKind kind, Mark start, ParsingEvent current)
        {
            if (stack.Count >= MaxDepth)
            {
                throw new YamlException(current.Start, current.End, $"nesting is deeper than {MaxDepth} levels");
            }

            stack.Push(kind, start);
        }

        private static void Complete(FrameStack stack, YamlNode node, ref YamlNode? root, List<DiagnosticInfo> diagnostics)
        {
            if (stack.Count == 0)
            {
                root = node;
                return;
            }

            stack.Peek().Add(node, diagnostics);
        }

        internal static LocationInfo ToLocation(string path, Mark start, Mark end)
        {
            Spans(start, end, out var span, out var lineSpan);
            return new LocationInfo(path, span, lineSpan);
        }

        private static void Spans(Mark start, Mark end, out TextSpan span, out LinePositionSpan lineSpan) =>
            // YamlDotNet marks are 1-based in line and column; Roslyn's are 0-based.
            LocationInfo.Spans((int)start.Index, (int)start.Line - 1, (int)start.Column - 1, (int)end.Index, (int)end.Line - 1, (int)end.Column - 1, out span, out lineSpan);

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

        /// <summary>
        /// The open collections, innermost last. A closed frame is kept and reused by the next collection at its depth,
        /// so a file of 100,000 facts allocates a handful of frames and lists, not one set per mapping.
        /// </summary>
        private sealed class FrameStack
        {
            private readonly List<Frame> frames = new();

            public int Count { get; private set; }

            public void Push(YamlNodeKind kind, Mark start)
            {
                if (Count == frames.Count)
                {
                    frames.Add(new Frame());
                }

                frames[Count++].Reset(kind, start);
            }

            public Frame Peek() => frames[Count - 1];

            public Frame Pop() => frames[--Count];
        }

        private sealed class Frame
        {
            /// <summary>Up to this many keys, a duplicate is found by scanning the pairs; past it, by a dictionary.</summary>
            private const int ScanLimit = 16;

            private readonly List<YamlNode> items = new();
            private readonly List<YamlPair> pairs = new();
            private Dictionary<string, YamlPair>? keys;

            // The key waiting for its value: a single value's fields, or a list or mapping used as a key.
            private bool hasKey;
            private string keyText = string.Empty;
            private bool keyIsPlain;
            private TextSpan keySpan;
            private LinePositionSpan keyLineSpan;
            private YamlNode? complexKey;

            public YamlNodeKind Kind { get; private set; }

            public Mark Start { get; private set; }

            /// <summary>True for a mapping whose next node is a key.</summary>
            public bool AwaitsKey => Kind == YamlNodeKind.Mapping && !hasKey;

            public void Reset(YamlNodeKind kind, Mark start)
            {
                Kind = kind;
                Start = start;
                items.Clear();
                pairs.Clear();
                keys = null;
                hasKey = false;
                complexKey = null;
            }

            /// <summary>A key that is a single value (<see cref="AwaitsKey"/> must be true).</summary>
            public void AddKey(string text, bool isPlain, TextSpan span, LinePositionSpan lineSpan)
            {
                hasKey = true;
                keyText = text;
                keyIsPlain = isPlain;
                keySpan = span;
                keyLineSpan = lineSpan;
                complexKey = null;
            }

            public void Add(YamlNode node, List<DiagnosticInfo> diagnostics)
            {
                if (Kind == YamlNodeKind.Sequence)
                {
                    items.Add(node);
                    return;
                }

                if (!hasKey)
                {
                    AddKey(node.Value, node.IsPlain, node.Span, node.LineSpan);
                    complexKey = node.Kind == YamlNodeKind.Scalar ? null : node;
                    return;
                }

                hasKey = false;
                var pair = complexKey is null ? new YamlPair(keyText, keyIsPlain, keySpan, keyLineSpan, node) : new YamlPair(complexKey, node);
                complexKey = null;
                if (pair.KeyIsScalar && FirstKey(pair.KeyText) is { } first)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateKey, pair.KeyLocation, pair.KeyText, first.Key.Line));
                    return;
                }

                pairs.Add(pair);
                if (pair.KeyIsScalar && keys is not null)
                {
                    keys[pair.KeyText] = pair;
                }
            }

            /// <summary>The earlier pair with a key of this text, or null: only scalar keys count, as only they can repeat.</summary>
            private YamlPair? FirstKey(string value)
            {
                if (keys is null && pairs.Count <= ScanLimit)
                {
                    foreach (var pair in pairs)
                    {
                        if (pair.KeyIsScalar && string.Equals(pair.KeyText, value, StringComparison.Ordinal))
                        {
                            return pair;
                        }
                    }

                    return null;
                }

                if (keys is null)
                {
                    keys = new Dictionary<string, YamlPair>(StringComparer.Ordinal);
                    foreach (var pair in pairs)
                    {
                        if (pair.KeyIsScalar)
                        {
                            keys[pair.KeyText] = pair;
                        }
                    }
                }

                return keys.TryGetValue(value, out var first) ? first : null;
            }

            public YamlNode ToNode(string path, Mark end)
            {
                Spans(Start, end, out var span, out var lineSpan);
                return new(Kind, string.Empty, false, path, span, lineSpan, items.ToEquatableArray(), pairs.ToEquatableArray());
            }
        }
    }
}
