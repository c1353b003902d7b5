using System.Globalization;
using System.Text;
using KzData.Generators.Emit;
using Microsoft.CodeAnalysis.Text;

namespace KzData.Generators.Tests;

/// <summary>The emitter's chunked text against a StringBuilder fed the same appends: same text, read at any position.</summary>
public sealed class ChunkedTextTests
{
    [Fact]
    public void Appends_across_many_chunks_read_back_as_a_StringBuilder_would_hold_them()
    {
        var (text, expected) = Filled(seed: 7, appends: 20_000);

        text.Length.ShouldBe(expected.Length);
        text.ToString().ShouldBe(expected);
        text.Chunks().Count().ShouldBeGreaterThan(3);
        text.Chunks().ShouldAllBe(c => c.Count > 0 && c.Array!.Length <= ChunkedText.MaxChunk);
    }

    [Fact]
    public void Shared_chunks_join_without_copying_and_seal_the_shared_text()
    {
        var (blob, blobText) = Filled(seed: 3, appends: 5_000);
        var text = new ChunkedText().Append("before \"");
        text.AppendShared(blob).Append("\" after");

        text.ToString().ShouldBe("before \"" + blobText + "\" after");
        Should.Throw<InvalidOperationException>(() => blob.Append('x'));
    }

    [Fact]
    public void A_source_text_over_the_chunks_copies_any_span_and_has_the_string_text_checksum()
    {
        var (text, expected) = Filled(seed: 11, appends: 20_000);
        var source = new ChunkedSourceText(text);
        var random = new Random(5);
        for (var i = 0; i < 200; i++)
        {
            var start = random.Next(expected.Length);
            var count = random.Next(Math.Min(100_000, expected.Length - start) + 1);
            var buffer = new char[count + 2];
            source.CopyTo(start, buffer, 1, count);
            new string(buffer, 1, count).ShouldBe(expected.Substring(start, count));
            if (count > 0)
            {
                source[start].ShouldBe(expected[start]);
            }
        }

        source.ToString().ShouldBe(expected);
        source.ToString(new TextSpan(10, 1000)).ShouldBe(expected.Substring(10, 1000));
        source.GetChecksum().ShouldBe(SourceText.From(expected, Encoding.UTF8).GetChecksum());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(10)]
    [InlineData(-1)]
    [InlineData(1_000_000_000)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void Integers_are_written_in_invariant_notation(int value) =>
        new ChunkedText().AppendInt(value).ToString().ShouldBe(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A text of many appends of every kind (strings, slices, characters, repeats, numbers) and its StringBuilder twin.</summary>
    private static (ChunkedText Text, string Expected) Filled(int seed, int appends)
    {
        var random = new Random(seed);
        var text = new ChunkedText();
        var expected = new StringBuilder();
        for (var i = 0; i < appends; i++)
        {
            var word = new string((char)('a' + random.Next(26)), random.Next(1, 40));
            switch (random.Next(5))
            {
                case 0: text.Append(word); expected.Append(word); break;
                case 1: text.Append(word, 1, word.Length - 1); expected.Append(word, 1, word.Length - 1); break;
                case 2: text.Append('\u00E9'); expected.Append('\u00E9'); break;
                case 3: text.Append(' ', 4); expected.Append(' ', 4); break;
                default: var n = random.Next(int.MinValue, int.MaxValue); text.AppendInt(n); expected.Append(n.ToString(CultureInfo.InvariantCulture)); break;
            }
        }

        return (text, expected.ToString());
    }
}
