using System.Globalization;
using System.Text;

namespace KzData.Common
{
    /// <summary>How one name is spelled in each place: kebab-case ids and wire values, PascalCase C# members.</summary>
    internal static class Names
    {
        /// <summary>
        /// The pattern of every id (fact, entity, source): kebab-case ASCII starting with a letter, because ids
        /// become C# member names and URL segments. The JSON Schema and OpenAPI pattern; one definition for all.
        /// </summary>
        public const string IdPattern = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";

        /// <summary>Each kebab part capitalised and joined: "un-general-assembly" -> "UnGeneralAssembly", "es-11-1" -> "Es111".</summary>
        public static string ToPascalCase(string id)
        {
            // One pass into one buffer (no split parts, no builder): the generator names every item of the dataset twice.
            var chars = new char[id.Length];
            var length = 0;
            var partStart = true;
            foreach (var c in id)
            {
                if (c == '-')
                {
                    partStart = true;
                    continue;
                }

                chars[length++] = partStart ? char.ToUpperInvariant(c) : c;
                partStart = false;
            }

            return new string(chars, 0, length);
        }

        /// <summary>A key's C# parameter name: "attributed-to" -> "attributedTo", "kind" -> "kind".</summary>
        public static string ToCamelCase(string key)
        {
            var pascal = ToPascalCase(key);
            return pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        }

        /// <summary>
        /// A kebab-case spelling of any text ("Kassym Jomart" -> "kassym-jomart", "DomesticPolitics" ->
        /// "domestic-politics"), accents dropped; offered as the fix for an invalid id.
        /// </summary>
        public static string ToKebab(string value)
        {
            var builder = new StringBuilder();
            var previousLower = false;
            foreach (var c in Decompose(value))
            {
                if (c < 128 && char.IsLetterOrDigit(c))
                {
                    if (char.IsUpper(c) && previousLower)
                    {
                        builder.Append('-');
                    }

                    builder.Append(char.ToLowerInvariant(c));
                    previousLower = char.IsLower(c) || char.IsDigit(c);
                }
                else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                {
                    if (builder.Length > 0 && builder[builder.Length - 1] != '-')
                    {
                        builder.Append('-');
                    }

                    previousLower = false;
                }
            }

            var result = builder.ToString().Trim('-');
            if (result.Length == 0)
            {
                return "item";
            }

            return char.IsLetter(result[0]) ? result : "n-" + result;
        }

        /// <summary>Splits accents from letters ("ü" -> "u" + mark); text with broken surrogates is left as it is.</summary>
        private static string Decompose(string value)
        {
            try
            {
                return value.Normalize(NormalizationForm.FormD);
            }
            catch (System.ArgumentException)
            {
                return value;
            }
        }
    }
}
