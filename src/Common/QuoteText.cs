using System.Text;

namespace KzData.Common
{
    /// <summary>
    /// What quote matching ignores: curly vs straight quotes and apostrophes, the kinds of dash, and runs
    /// of white space. The one definition, used by the build's quote check and mention check
    /// (generator) and by the library's tests that re-check the emitted offsets.
    /// </summary>
    internal static class QuoteText
    {
        /// <summary>One character with presentation folded away (quotes, apostrophes, dashes).</summary>
        public static char Fold(char c) => c switch
        {
            '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u0060' or '\u00B4' => '\'',
            '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
            '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
            _ => c,
        };

        /// <summary>A short string (a quote, a name) folded, with white space runs as one space and trimmed.</summary>
        public static string Normalize(string value)
        {
            // Almost every quote and name is already normal: it is returned as it is, not copied.
            if (IsNormal(value))
            {
                return value;
            }

            var builder = new StringBuilder(value.Length);
            foreach (var original in value)
            {
                var c = Fold(original);
                if (char.IsWhiteSpace(c))
                {
                    if (builder.Length == 0 || builder[builder.Length - 1] == ' ')
                    {
                        continue;
                    }

                    c = ' ';
                }

                builder.Append(c);
            }

            return builder.ToString().TrimEnd();
        }

        /// <summary>True when <see cref="Normalize"/> would change nothing: nothing to fold, single inner spaces only.</summary>
        private static bool IsNormal(string value)
        {
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (Fold(c) != c)
                {
                    return false;
                }

                if (char.IsWhiteSpace(c) && (c != ' ' || i == 0 || i == value.Length - 1 || value[i - 1] == ' '))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
