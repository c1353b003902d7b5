using System.Collections.Generic;
using System.Globalization;
using KzData.Generators.Diagnostics;
using KzData.Generators.Parsing;

namespace KzData.Generators.Validation
{
    // The text budget: everything the library embeds as string literals must fit well inside the assembly's
    // 16 MB string heap (UTF-16), or the compiler answers with hundreds of CS8103 errors in generated code.
    internal sealed partial class Validator
    {
        /// <summary>
        /// The most characters the library embeds: 12 MB as UTF-16, three quarters of the 16 MB string heap. Every scalar
        /// counts, keys too, and a literal repeated is stored once, so what is really embedded is less. (A synthetic
        /// 10,000-fact dataset, about 4.4 million characters, compiles and loads: EmissionTests.)
        /// </summary>
        public const int MaxTotalText = 6_000_000;

        /// <summary>
        /// Sums every value of facts.yaml, then every cited seed; reports KZ1024 where the sum passes the budget.
        /// False when it does: then nothing is emitted.
        /// </summary>
        private bool CheckTextBudget(YamlNode root)
        {
            long total = 0;
            var stack = new Stack<YamlNode>();
            stack.Push(root);
            var scalars = new List<YamlNode>();
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                if (node.Kind == YamlNodeKind.Scalar)
                {
                    scalars.Add(node);
                }

                for (var i = node.Pairs.Count - 1; i >= 0; i--)
                {
                    stack.Push(node.Pairs[i].Value);
                    stack.Push(node.Pairs[i].Key);
                }

                for (var i = node.Items.Count - 1; i >= 0; i--)
                {
                    stack.Push(node.Items[i]);
                }
            }

            foreach (var scalar in scalars)
            {
                total += scalar.Value.Length;
                if (total > MaxTotalText)
                {
                    return OverBudget(scalar, total);
                }
            }

            var counted = new HashSet<SeedText>();
            foreach (var source in sources)
            {
                if (source.Seed is { } seed && counted.Add(seed))
                {
                    total += seed.Original.Length;
                    if (total > MaxTotalText)
                    {
                        return OverBudget(source.File!, total);
                    }
                }
            }

            return true;
        }

        private bool OverBudget(YamlNode at, long total)
        {
            Report(DiagnosticDescriptors.TooMuchText, at.Location, total.ToString("N0", CultureInfo.InvariantCulture), MaxTotalText.ToString("N0", CultureInfo.InvariantCulture));
            return false;
        }
    }
}
