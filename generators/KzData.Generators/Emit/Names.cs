using System.Text;

namespace KzData.Generators.Emit
{
    /// <summary>C# names for kebab-case ids.</summary>
    internal static class Names
    {
        /// <summary>Each kebab part capitalised and joined: "un-general-assembly" -> "UnGeneralAssembly", "es-11-1" -> "Es111".</summary>
        public static string ToPascalCase(string id)
        {
            var builder = new StringBuilder(id.Length);
            foreach (var part in id.Split('-'))
            {
                if (part.Length == 0)
                {
                    continue;
                }

                builder.Append(char.ToUpperInvariant(part[0]));
                builder.Append(part, 1, part.Length - 1);
            }

            return builder.ToString();
        }
    }
}
