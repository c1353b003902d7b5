using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace KzData;

/// <summary>
/// A date known to the year, the month or the day (ISO 8601 <c>2022</c>, <c>2022-03</c>, <c>2022-03-02</c>).
/// Compares by start, then by precision (a year sorts before its months), and formats as ISO 8601.
/// </summary>
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>, IComparable, ISpanFormattable
{
    private readonly byte month;
    private readonly byte day;

    /// <summary>A date known to the year.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    public PartialDate(int year)
        : this(year, 0, 0, validate: true)
    {
    }

    /// <summary>A date known to the month.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    public PartialDate(int year, int month)
        : this(year, month, 0, validate: true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
    }

    /// <summary>A date known to the day.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day, valid in that month.</param>
    public PartialDate(int year, int month, int day)
        : this(year, month, day, validate: true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
    }

    private PartialDate(int year, int month, int day, bool validate)
    {
        if (validate)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
            if (day > 0)
            {
                ArgumentOutOfRangeException.ThrowIfGreaterThan(day, DateTime.DaysInMonth(year, month));
            }
        }

        Year = year;
        this.month = (byte)month;
        this.day = (byte)day;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month (1-12), or null when only the year is known.</summary>
    public int? Month => month == 0 ? null : month;

    /// <summary>The day of the month, or null when not known.</summary>
    public int? Day => day == 0 ? null : day;

    /// <summary>The first day the date covers (1 January for a year).</summary>
    public DateOnly Start => new(Year, Math.Max((int)month, 1), Math.Max((int)day, 1));

    /// <summary>The last day the date covers (31 December for a year).</summary>
    public DateOnly End => month == 0 ? new DateOnly(Year, 12, 31)
        : day == 0 ? new DateOnly(Year, month, DateTime.DaysInMonth(Year, month))
        : Start;

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; throws <see cref="FormatException"/> otherwise.</summary>
    /// <param name="text">The ISO 8601 text.</param>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.");

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; false for anything else or an impossible date.</summary>
    /// <param name="text">The ISO 8601 text.</param>
    /// <param name="date">The parsed date.</param>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate date)
    {
        var valid = KzData.Common.PartialDateText.TryParse(text, out var year, out var month, out var day, out _);
        date = valid ? new PartialDate(year, month, day, validate: false) : default;
        return valid;
    }

    /// <inheritdoc/>
    public bool Equals(PartialDate other) => Year == other.Year && month == other.month && day == other.day;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Year, month, day);

    /// <inheritdoc/>
    public int CompareTo(PartialDate other)
    {
        var byYear = Year.CompareTo(other.Year);
        if (byYear != 0)
        {
            return byYear;
        }

        var byMonth = month.CompareTo(other.month);
        return byMonth != 0 ? byMonth : day.CompareTo(other.day);
    }

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PartialDate other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a PartialDate.", nameof(obj)),
    };

    /// <summary>The ISO 8601 form: <c>2022</c>, <c>2022-03</c> or <c>2022-03-02</c>.</summary>
    public override string ToString() =>
        month == 0 ? Year.ToString("D4", CultureInfo.InvariantCulture)
        : day == 0 ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{month:D2}")
        : string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{month:D2}-{day:D2}");

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString();
        charsWritten = 0;
        if (!text.AsSpan().TryCopyTo(destination))
        {
            return false;
        }

        charsWritten = text.Length;
        return true;
    }

    /// <summary>Compares two dates.</summary>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Compares two dates.</summary>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Compares two dates.</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Compares two dates.</summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Compares two dates.</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two dates.</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}
