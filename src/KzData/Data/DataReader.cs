using System.Runtime.CompilerServices;
using System.Text;

namespace KzData;

/// <summary>
/// Reads the dataset the generator compiled in as data, not as code: two UTF-8 blobs per section, each the string of a
/// <see cref="DataBlobAttribute"/>, read in place from the assembly's metadata (see there). The numbers blob is ASCII
/// decimal tokens separated by spaces and line breaks; the strings blob is every string's UTF-8 bytes, each followed
/// by a line break, its byte length given by the numbers blob (-1: absent). The generated loader reads the tokens in
/// the order it wrote them, in one small loop per section, so the JIT compiles a few short methods, not one per fact.
/// The reads are compiled fully optimized at once (<see cref="LoaderCompilation"/>, precompiled in a ReadyToRun publish):
/// they run a few hundred thousand times during the first access, before tiered compilation would have promoted them.
/// </summary>
internal ref struct DataReader
{
    private readonly ReadOnlySpan<byte> numbers;
    private readonly ReadOnlySpan<byte> strings;

    // The same bytes as strings, kept for DeferredString; strings is read per string, where Memory.Span would cost a call.
    private readonly ReadOnlyMemory<byte> stringsMemory;
    private int numberAt;
    private int stringAt;

    public DataReader(ReadOnlyMemory<byte> numbers, ReadOnlyMemory<byte> strings)
    {
        this.numbers = numbers.Span;
        this.strings = strings.Span;
        stringsMemory = strings;
    }

    /// <summary>The next number token.</summary>
    [MethodImpl(LoaderCompilation.Options)]
    public int Int()
    {
        var token = Token();
        var negative = token[0] == (byte)'-';
        var value = 0;
        for (var i = negative ? 1 : 0; i < token.Length; i++)
        {
            value = checked((value * 10) + (token[i] - '0'));
        }

        return negative ? -value : value;
    }

    /// <summary>The next number token, null when it is -1 (absent).</summary>
    public int? OptionalInt() => Int() is var value && value < 0 ? null : value;

    /// <summary>The next number token as a decimal, in invariant notation (<c>-12.5</c>).</summary>
    /// <remarks>Read by hand: the general UTF-8 number parser is a large generic method whose JIT alone costs more than the whole load.</remarks>
    [MethodImpl(LoaderCompilation.Options)]
    public decimal Decimal()
    {
        var token = Token();
        var negative = token[0] == (byte)'-';
        UInt128 mantissa = 0; // a decimal's mantissa has 96 bits
        byte scale = 0;
        var point = false;
        for (var i = negative ? 1 : 0; i < token.Length; i++)
        {
            if (token[i] == (byte)'.')
            {
                point = true;
                continue;
            }

            mantissa = (mantissa * 10) + (uint)(token[i] - '0');
            scale += point ? (byte)1 : (byte)0;
        }

        return new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), (int)(uint)(mantissa >> 64), negative, scale);
    }

    /// <summary>The next string; its byte length is the next number token.</summary>
    public string String() => OptionalString() ?? throw RequiredStringAbsent();

    /// <summary>The next string, or null when its length is -1.</summary>
    [MethodImpl(LoaderCompilation.Options)]
    public string? OptionalString()
    {
        var length = Int();
        if (length < 0)
        {
            return null;
        }

        return Encoding.UTF8.GetString(strings.Slice(TakeString(length), length));
    }

    /// <summary>
    /// The next string, decoded on its first read rather than now: for texts most readers never ask for (an article's
    /// full text is megabytes at scale), which would otherwise be most of the first access's allocation.
    /// </summary>
    public Lazy<string> DeferredString()
    {
        var length = Int();
        if (length < 0)
        {
            throw RequiredStringAbsent();
        }

        var utf8 = stringsMemory.Slice(TakeString(length), length);

        // Thread-safe (ExecutionAndPublication), and the factory, with the bytes it holds, is dropped once it has run.
        return new Lazy<string>(() => Encoding.UTF8.GetString(utf8.Span));
    }

    /// <summary>A partial date written as one number, <c>yyyymmdd</c> with 00 for an unknown month or day; 0 when absent.</summary>
    [MethodImpl(LoaderCompilation.Options)]
    public PartialDate? Date()
    {
        var value = Int();
        var (year, month, day) = (value / 10000, value / 100 % 100, value % 100);
        return value == 0 ? null
            : month == 0 ? new PartialDate(year)
            : day == 0 ? new PartialDate(year, month)
            : new PartialDate(year, month, day);
    }

    /// <summary>The item at the next index, null when the index is -1.</summary>
    [MethodImpl(LoaderCompilation.Options)]
    public T? Ref<T>(T[] items)
        where T : class => Int() is var index && index < 0 ? null : items[index];

    /// <summary>A count, then that many indexes into <paramref name="items"/>.</summary>
    [MethodImpl(LoaderCompilation.Options)]
    public T[] Refs<T>(T[] items)
    {
        var result = new T[Int()];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = items[Int()];
        }

        return result;
    }

    /// <summary>A count, then that many strings.</summary>
    [MethodImpl(LoaderCompilation.Options)]
    public string[] Strings()
    {
        var result = new string[Int()];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = String();
        }

        return result;
    }

    /// <summary>Checks that every token and string was read: the loader and the data agree.</summary>
    public readonly void End()
    {
        var rest = numberAt;
        while (rest < numbers.Length && numbers[rest] is (byte)' ' or (byte)'\n')
        {
            rest++;
        }

        if (rest != numbers.Length || stringAt != strings.Length)
        {
            throw new System.IO.InvalidDataException("the generated loader did not read the generated data to its end");
        }
    }

    private static System.IO.InvalidDataException RequiredStringAbsent() => new("a required string is absent from the generated data");

    /// <summary>Where the next string's <paramref name="length"/> bytes start in the strings blob; moves past them and their line break.</summary>
    private int TakeString(int length)
    {
        var start = stringAt;
        stringAt += length + 1;
        return start;
    }

    [MethodImpl(LoaderCompilation.Options)]
    private ReadOnlySpan<byte> Token()
    {
        while (numbers[numberAt] is (byte)' ' or (byte)'\n')
        {
            numberAt++;
        }

        var start = numberAt;
        while (numberAt < numbers.Length && numbers[numberAt] is not ((byte)' ' or (byte)'\n'))
        {
            numberAt++;
        }

        return numbers[start..numberAt];
    }
}
