using System.Linq;
using KzData.Generators.Model;

namespace KzData.Generators.Emit
{
    /// <summary>
    /// Writes the library's enums and <c>Vocabularies.All</c> from <see cref="Schema.Vocabularies"/>, so
    /// the enum the data refers to and the terms validation accepts are the same list. Each member carries
    /// its kebab-case wire name, so System.Text.Json writes it with no per-enum converter.
    /// </summary>
    internal static class VocabularyEmitter
    {
        public const string HintName = "KzData.Vocabularies.g.cs";

        public static string Emit()
        {
            var w = new CodeWriter();
            w.Line(Emitter.Header).Line("#nullable enable").Line().Line("using System.Text.Json.Serialization;").Line().Line("namespace KzData;");
            foreach (var vocabulary in Schema.Vocabularies)
            {
                w.Line();
                w.Line($"/// <summary>{CSharp.Doc(vocabulary.Summary)}</summary>");
                w.Line($"/// <remarks>Written as kebab-case strings in YAML and JSON: {CSharp.Doc(string.Join(", ", vocabulary.TermNames))}.</remarks>");
                w.Line($"[JsonConverter(typeof(JsonStringEnumConverter<{vocabulary.TypeName}>))]");
                w.Open($"public enum {vocabulary.TypeName}");
                foreach (var term in vocabulary.Terms)
                {
                    w.Line($"/// <summary>{CSharp.Doc(term.Summary)}</summary>");
                    w.Line($"[JsonStringEnumMemberName({CSharp.String(term.Name)})]");
                    w.Line($"{term.MemberName},");
                    if (term != vocabulary.Terms.Last())
                    {
                        w.Line();
                    }
                }

                w.Close();
            }

            w.Line();
            w.Open("public static partial class Vocabularies");
            w.Line("/// <summary>Every closed vocabulary of the dataset, with its terms in enum order.</summary>");
            w.Line("public static IReadOnlyList<Vocabulary> All { get; } =");
            w.Line("[");
            foreach (var vocabulary in Schema.Vocabularies)
            {
                var type = "global::KzData." + vocabulary.TypeName;
                w.Line($"    new Vocabulary({CSharp.String(vocabulary.Name)}, typeof({type}), {CSharp.String(vocabulary.Summary)},");
                w.Line("    [");
                foreach (var term in vocabulary.Terms)
                {
                    w.Line($"        new VocabularyTerm({type}.{term.MemberName}, {CSharp.String(term.Name)}, {CSharp.String(term.Summary)}),");
                }

                w.Line("    ]),");
            }

            w.Line("];");
            w.Close();
            return w.ToString();
        }
    }
}
