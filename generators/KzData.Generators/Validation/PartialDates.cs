using System;
using System.Globalization;
using KzData.Generators.Model;

namespace KzData.Generators.Validation
{
    /// <summary>Parses and compares partial ISO 8601 dates (YYYY, YYYY-MM, YYYY-MM-DD).</summary>
    internal static class PartialDates
    {
        /// <summary>Parses a date; on failure returns null and says why.</summary>
        public static DateModel? TryParse(string text, out string error)
        {
            error = string.Empty;
            var parts = text.Split('-');
            if (parts.Length > 3 || parts[0].Length != 4 || !AllDigits(parts) || (parts.Length > 1 && parts[1].Length != 2) || (parts.Length > 2 && parts[2].Length != 2))
            {
                error = "expected YYYY, YYYY-MM or YYYY-MM-DD";
                return null;
            }

            var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
            var month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
            var day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : 0;
            if (year < 1)
            {
                error = "there is no year 0";
                return null;
            }

            if (parts.Length > 1 && (month < 1 || month > 12))
            {
                error = $"month {month} does not exist";
                return null;
            }

            if (parts.Length > 2 && (day < 1 || day > DateTime.DaysInMonth(year, month)))
            {
                error = $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year} has {DateTime.DaysInMonth(year, month)} days";
                return null;
            }

            return new DateModel(year, month, day);
        }

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

        public static string Format(DateModel date) =>
            date.Month == 0 ? date.Year.ToString("D4", CultureInfo.InvariantCulture)
            : date.Day == 0 ? string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}", date.Year, date.Month)
            : string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", date.Year, date.Month, date.Day);

        private static bool AllDigits(string[] parts)
        {
            foreach (var part in parts)
            {
                foreach (var c in part)
                {
                    if (c < '0' || c > '9')
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }
}
