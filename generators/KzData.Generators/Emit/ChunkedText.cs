using System;
using System.Collections.Generic;
using System.Text;

namespace KzData.Generators.Emit
{
    /// <summary>
    /// Append-only text kept in chunks, each below the large-object heap, that is handed to Roslyn as it is
    /// (<see cref="ChunkedSourceText"/>): at 100,000 facts the generated C# is 76 million characters, and a
    /// <see cref="StringBuilder"/> would hold them once and its final string (on the large-object heap) once more.
    /// A data blob's chunks are taken over by reference (<see cref="AppendShared"/>) instead of being copied.
    /// </summary>
    internal sealed class ChunkedText
    {
        /// <summary>64 KB of characters: under the 85,000 bytes at which an array goes to the large-object heap.</summary>
        internal const int MaxChunk = 32 * 1024;

        /// <summary>Small texts (a header, a doc string) start small; chunks grow with the text up to <see cref="MaxChunk"/>.</summary>
        private const int FirstChunk = 256;

        private readonly List<char[]> chunks = new();
        private readonly List<int> counts = new();
        private char[] current = Array.Empty<char>();
        private int used;
        private int[]? starts;

        public int Length { get; private set; }

        public ChunkedText Append(char c)
        {
            if (used == current.Length)
            {
                NewChunk();
            }

            current[used++] = c;
            Length++;
            return this;
        }

        public ChunkedText Append(char c, int repeat)
        {
            for (var i = 0; i < repeat; i++)
            {
                Append(c);
            }

            return this;
        }

        public ChunkedText Append(string text) => Append(text, 0, text.Length);

        public ChunkedText Append(string text, int start, int count)
        {
            while (count > 0)
            {
                if (used == current.Length)
                {
                    NewChunk();
                }

                var n = Math.Min(count, current.Length - used);
                text.CopyTo(start, current, used, n);
                used += n;
                Length += n;
                start += n;
                count -= n;
            }

            return this;
        }

        /// <summary>An integer in invariant notation, written digit by digit (no string per number).</summary>
        public ChunkedText AppendInt(int value)
        {
            long rest = value;
            if (rest < 0)
            {
                Append('-');
                rest = -rest;
            }

            var divisor = 1L;
            while (divisor * 10 <= rest)
            {
                divisor *= 10;
            }

            for (; divisor > 0; divisor /= 10)
            {
                Append((char)('0' + (rest / divisor)));
                rest %= divisor;
            }

            return this;
        }

        /// <summary>
        /// Appends <paramref name="other"/>'s text by taking over its chunks, not copying them; <paramref name="other"/>
        /// is sealed by this (appending to it afterwards throws), as its chunks now belong to this text too.
        /// </summary>
        public ChunkedText AppendShared(ChunkedText other)
        {
            other.Seal();
            CloseChunk();
            chunks.AddRange(other.chunks);
            counts.AddRange(other.counts);
            Length += other.Length;
            return this;
        }

        /// <summary>Ends appending; the text can then be read by position (<see cref="CopyTo"/>).</summary>
        public ChunkedText Seal()
        {
            if (starts is null)
            {
                CloseChunk();
                starts = new int[counts.Count];
                var start = 0;
                for (var i = 0; i < counts.Count; i++)
                {
                    starts[i] = start;
                    start += counts[i];
                }
            }

            return this;
        }

        public char this[int position]
        {
            get
            {
                var chunk = ChunkAt(position);
                return chunks[chunk][position - starts![chunk]];
            }
        }

        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (count == 0)
            {
                return;
            }

            for (var chunk = ChunkAt(sourceIndex); count > 0; chunk++)
            {
                var offset = sourceIndex - starts![chunk];
                var n = Math.Min(count, counts[chunk] - offset);
                Array.Copy(chunks[chunk], offset, destination, destinationIndex, n);
                sourceIndex += n;
                destinationIndex += n;
                count -= n;
            }
        }

        /// <summary>Each chunk's characters in order, for a reader that takes the text piece by piece (not while appending).</summary>
        public IEnumerable<ArraySegment<char>> Chunks()
        {
            for (var i = 0; i < chunks.Count; i++)
            {
                yield return new ArraySegment<char>(chunks[i], 0, counts[i]);
            }

            if (used > 0)
            {
                yield return new ArraySegment<char>(current, 0, used);
            }
        }

        public override string ToString()
        {
            var builder = new StringBuilder(Length);
            foreach (var chunk in Chunks())
            {
                builder.Append(chunk.Array!, chunk.Offset, chunk.Count);
            }

            return builder.ToString();
        }

        private int ChunkAt(int position)
        {
            Seal();
            if (position < 0 || position >= Length)
            {
                throw new ArgumentOutOfRangeException(nameof(position));
            }

            // No chunk is empty, so the starts strictly increase.
            var chunk = Array.BinarySearch(starts!, position);
            return chunk >= 0 ? chunk : ~chunk - 1;
        }

        private void NewChunk()
        {
            if (starts is not null)
            {
                throw new InvalidOperationException("The text is sealed: its chunks are shared or being read.");
            }

            CloseChunk();
            current = new char[Math.Min(MaxChunk, Math.Max(FirstChunk, Length))];
        }

        private void CloseChunk()
        {
            if (used > 0)
            {
                chunks.Add(current);
                counts.Add(used);
            }

            current = Array.Empty<char>();
            used = 0;
        }
    }
}
