using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace KzData.Generators.Emit
{
    /// <summary>
    /// A generated file as Roslyn's <see cref="SourceText"/> over the writer's own chunks: the compiler reads it by
    /// position, so the text never becomes one string (153 MB on the large-object heap at 100,000 facts).
    /// </summary>
    internal sealed class ChunkedSourceText : SourceText
    {
        private readonly ChunkedText text;

        /// <param name="text">Sealed by this: the source text must not change under the compiler.</param>
        public ChunkedSourceText(ChunkedText text) => this.text = text.Seal();

        /// <summary>What <c>AddSource(string, string)</c> gives a generated file (UTF-8), so the output is the same.</summary>
        public override Encoding Encoding => Encoding.UTF8;

        public override int Length => text.Length;

        public override char this[int position] => text[position];

        public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count) =>
            text.CopyTo(sourceIndex, destination, destinationIndex, count);

        public override string ToString(TextSpan span) =>
            span.Start == 0 && span.Length == text.Length ? text.ToString() : base.ToString(span);
    }
}
