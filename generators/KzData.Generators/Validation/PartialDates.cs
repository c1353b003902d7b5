using System;
using KzData.Common;
using KzData.Generators.Model;

namespace KzData.Generators.Validation
{
    /// <summary>Parses and compares partial ISO 8601 dates (YYYY, YYYY-MM, YYYY-MM-DD).</summary>
    internal static class PartialDates
    {
        /// <summary>Parses a date; on failure returns null and says why.</summary>
        public static DateModel? TryParse(string text, out string error) =>
            PartialDateText.TryParse(text, out var year, out var month, out var day, out error) ? new DateModel(year, month, day) : null;

        /// <summary>The first day a partial date covers.</summary>
        public static DateTime Start(DateModel date) => new(date.Year, Math.Max(1, date.Month), Math.Max(1, date.Day));

        /// <summary>The last day a partial date covers.</summary>
        public static DateTime End(DateModel date)
        {
            if (date.Month == 0)
            {
                return new DateTime(date.Year, 12, 31);
            }

            return date.Day == 0 ? new DateTime(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month)) : Start(date);
        }
    }
}
