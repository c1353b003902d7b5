using System.Collections.Generic;
using System.Globalization;
using KzData.Generators.Diagnostics;
using KzData.Generators.Parsing;

namespace KzData.Generators.Validation
{
    // The text budget. The library embeds the text as UTF-8 data (not as string literals, whose 16 MB heap once capped
    // the dataset near 26,000 facts), so the budget now bounds only what a build holds in memory, a few times over.
    internal sealed partial class Validator
    {
        /// <summary>
        /// The most characters the library embeds (every scalar counts, keys too). A synthetic 100,000-fact dataset with
        /// 20 MB of articles is about 55 million characters and builds (bench/scale.sh); the real dataset about 0.2 million.
        /// </summary>
        public const int MaxTotalText = 64_000_000;

        /// <summary>
        /// Sums every value of facts.yaml, then every cited seed; reports KZ1024 where the sum passes the budget.
        /// False when it does: then nothing is emitted.
        /// </summary>
        private bool CheckTextBudget(YamlNode root)
        {
            long total = 0;
            // A node, or (Pair >= 0) the key of its pair at that index: a key that is a single value is counted from
            // its pair's fields, as it has no node of its own (see YamlPair).
            var stack = new Stack<(YamlNode Node, int Pair)>();
            stack.Push((root, -1));
            // Scalars are summed in file order (a depth-first walk, keys before values), so the report names the value
            // where the sum first passes the budget.
            while (stack.Count > 0)
            {
                var (node, pairIndex) = stack.Pop();
                if (pairIndex >= 0)
                {
                    var pair = node.Pairs[pairIndex];
                    if (!pair.KeyIsScalar)
                    {
                        stack.Push((pair.Key, -1));
                        continue;
                    }

                    total += pair.KeyText.Length;
                    if (total > MaxTotalText)
                    {
                        return OverBudget(pair.Key, total);
                    }

                    continue;
                }

                if (node.Kind == YamlNodeKind.Scalar)
                {
                    total += node.Value.Length;
                    if (total > MaxTotalText)
                    {
                        return OverBudget(node, total);
                    }
                }

                for (var i = node.Pairs.Count - 1; i >= 0; i--)
                {
                    stack.Push((node.Pairs[i].Value, -1));
                    stack.Push((node, i));
                }

                for (var i = node.Items.Count - 1; i >= 0; i--)
                {
                    stack.Push((node.Items[i], -1));
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
