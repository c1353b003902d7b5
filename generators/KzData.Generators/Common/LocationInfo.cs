using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KzData.Generators.Common
{
    /// <summary>A place in an additional file, kept as plain values so models stay equatable.</summary>
    internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
    {
        /// <summary>Builds a location from 0-based start/end line, column and character offsets.</summary>
        public static LocationInfo Create(string path, int startIndex, int startLine, int startColumn, int endIndex, int endLine, int endColumn)
        {
            Spans(startIndex, startLine, startColumn, endIndex, endLine, endColumn, out var span, out var lineSpan);
            return new LocationInfo(path, span, lineSpan);
        }

        /// <summary>The spans <see cref="Create"/> makes (never negative, never ending before they start), without the object.</summary>
        public static void Spans(int startIndex, int startLine, int startColumn, int endIndex, int endLine, int endColumn, out TextSpan span, out LinePositionSpan lineSpan)
        {
            var start = Math.Max(0, startIndex);
            var end = Math.Max(start, endIndex);
            var startPos = new LinePosition(Math.Max(0, startLine), Math.Max(0, startColumn));
            var endPos = new LinePosition(Math.Max(startPos.Line, endLine), endLine > startPos.Line ? Math.Max(0, endColumn) : Math.Max(startPos.Character, endColumn));
            span = TextSpan.FromBounds(start, end);
            lineSpan = new LinePositionSpan(startPos, endPos);
        }

        /// <summary>The start of a file: used when no better place is known.</summary>
        public static LocationInfo FileStart(string path) => new(path, new TextSpan(0, 0), new LinePositionSpan(LinePosition.Zero, LinePosition.Zero));

        public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
    }
}
