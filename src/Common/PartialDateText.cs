using System;
using System.Globalization;

namespace KzData.Common
{
    /// <summary>
    /// The one parser of partial ISO 8601 dates (YYYY, YYYY-MM, YYYY-MM-DD), shared by the generator
    /// (which reports why a date is wrong) and the library's <c>PartialDate</c> (which only needs yes or no).
    /// </summary>
    internal static class PartialDateText
    {
        /// <summary>The JSON Schema / OpenAPI pattern of the text form; the calendar check is <see cref="TryParse"/>'s.</summary>
        public const string Pattern = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";

        /// <summary>Parses a date; month and day are 0 when absent. On failure returns false and says why.</summary>
        public static bool TryParse(string? text, out int year, out int month, out int day, out string error)
        {
            year = month = day = 0;
            error = "expected YYYY, YYYY-MM or YYYY-MM-DD";
            if (text is null || (text.Length != 4 && text.Length != 7 && text.Length != 10))
            {
                return false;
            }

            if (!TryDigits(text, 0, 4, out year) || (text.Length > 4 && (text[4] != '-' || !TryDigits(text, 5, 2, out month)))
                || (text.Length > 7 && (text[7] != '-' || !TryDigits(text, 8, 2, out day))))
            {
                year = month = day = 0;
                return false;
            }

            if (year < 1)
            {
                error = "there is no year 0";
                return false;
            }

            if (text.Length > 4 && (month < 1 || month > 12))
            {
                error = string.Format(CultureInfo.InvariantCulture, "month {0} does not exist", month);
                return false;
            }

            if (text.Length > 7 && (day < 1 || day > DateTime.DaysInMonth(year, month)))
            {
                error = string.Format(
                    CultureInfo.InvariantCulture,
                    "{0} {1} has {2} days",
                    CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month),
                    year,
                    DateTime.DaysInMonth(year, month));
                return false;
            }

            error = string.Empty;
            return true;
        }

        private static bool TryDigits(string text, int start, int length, out int value)
        {
            value = 0;
            for (var i = start; i < start + length; i++)
            {
                var c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            return true;
        }
    }
}
