using System.Collections;
using System.Reflection;
using System.Text.Json.Serialization;
using KzData.Generators.Emit;
using KzData.Generators.Model;
using KzData.Generators.Tests.Infrastructure;

namespace KzData.Generators.Tests;

/// <summary>
/// The library's enums and <c>Vocabularies.All</c> are a copy of <see cref="Schema.Vocabularies"/>, written by
/// <see cref="VocabularyEmitter"/>. Compiled with the library, every enum must have the schema's terms, in order,
/// with the schema's wire names; a copy mutated in memory must fail the same comparison.
/// </summary>
public sealed class VocabularyEmitterTests
{
    [Fact]
    public void The_compiled_enums_and_vocabulary_list_are_the_schema_vocabularies()
    {
        Disagreements(Compile(VocabularyEmitter.Emit())).ShouldBeEmpty();
    }

    [Fact]
    public void Every_closed_vocabulary_key_of_a_fact_is_a_fact_constructor_parameter_of_its_enum()
    {
        // The emitter passes each term by its key's name (kind -> kind: ClaimKind.X), so a new enum-valued key
        // needs only its Schema line and a Fact parameter; this says which parameter is missing, by name.
        var fact = Compile(VocabularyEmitter.Emit()).GetType("KzData.Fact", throwOnError: true)!;
        var parameters = fact.GetConstructors(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
            .MaxBy(c => c.GetParameters().Length)!.GetParameters().ToDictionary(p => p.Name!, p => Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType);

        foreach (var key in Schema.Fact.Keys.Where(k => k.Kind == ValueKind.Term))
        {
            var name = KzData.Common.Names.ToCamelCase(key.Name);
            parameters.ShouldContainKey(name, $"Fact has no constructor parameter '{name}' for the key '{key.Name}'");
            parameters[name].Name.ShouldBe(key.Vocabulary!.TypeName, key.Name);
        }
    }

    [Fact]
    public void A_renamed_wire_name_in_the_emitted_enums_is_caught()
    {
        var emitted = VocabularyEmitter.Emit();
        var renamed = Replace(emitted, "[JsonStringEnumMemberName(\"energy\")]", "[JsonStringEnumMemberName(\"energie\")]");

        Disagreements(Compile(renamed)).ShouldHaveSingleItem().ShouldContain("topic: Energy is written 'energie'");
    }

    [Fact]
    public void A_term_missing_from_the_emitted_enums_is_caught()
    {
        var emitted = VocabularyEmitter.Emit();
        // Drop Topic.Energy everywhere (its doc, attribute, member and list entry), so the copy still compiles.
        var dropped = string.Join('\n', emitted.Split('\n').Where(l => !l.Contains("Energy", StringComparison.Ordinal) && !l.Contains("\"energy\"", StringComparison.Ordinal) && !l.Contains("Oil and gas", StringComparison.Ordinal)));
        dropped.ShouldNotBe(emitted);

        var problems = Disagreements(Compile(dropped));
        problems.ShouldContain(p => p.Contains("topic: enum members", StringComparison.Ordinal) && p.Contains("Energy", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains("topic: Vocabularies.All terms", StringComparison.Ordinal));
    }

    /// <summary>Where the compiled enums and Vocabularies.All differ from the schema; empty when they agree.</summary>
    private static List<string> Disagreements(Assembly library)
    {
        var problems = new List<string>();
        var listed = ((IEnumerable)library.GetType("KzData.Vocabularies")!.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();
        Names(listed, "Name").ShouldBe(Schema.Vocabularies.Select(v => v.Name), "Vocabularies.All lists every schema vocabulary, in order");
        foreach (var (vocabulary, entry) in Schema.Vocabularies.Zip(listed))
        {
            var type = library.GetType("KzData." + vocabulary.TypeName);
            if (type is null || !type.IsEnum)
            {
                problems.Add($"{vocabulary.Name}: no enum KzData.{vocabulary.TypeName}");
                continue;
            }

            var fields = type.GetFields(BindingFlags.Public | BindingFlags.Static).OrderBy(f => Convert.ToInt32(f.GetValue(null), System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var members = fields.Select(f => f.Name).ToList();
            var expected = vocabulary.Terms.Select(t => t.MemberName).ToList();
            if (!members.SequenceEqual(expected))
            {
                problems.Add($"{vocabulary.Name}: enum members [{string.Join(", ", members)}], the schema has [{string.Join(", ", expected)}]");
            }

            foreach (var field in fields)
            {
                var wire = field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name;
                var term = vocabulary.Terms.FirstOrDefault(t => t.MemberName == field.Name);
                if (term is not null && wire != term.Name)
                {
                    problems.Add($"{vocabulary.Name}: {field.Name} is written '{wire}', the schema says '{term.Name}'");
                }
            }

            var terms = ((IEnumerable)entry.GetType().GetProperty("Terms")!.GetValue(entry)!).Cast<object>().ToList();
            if (!Names(terms, "Name").SequenceEqual(vocabulary.TermNames) || entry.GetType().GetProperty("EnumType")!.GetValue(entry) as Type != type)
            {
                problems.Add($"{vocabulary.Name}: Vocabularies.All terms [{string.Join(", ", Names(terms, "Name"))}], the schema has [{string.Join(", ", vocabulary.TermNames)}]");
            }
        }

        return problems;
    }

    private static List<string> Names(IEnumerable<object> items, string property) =>
        items.Select(i => (string)i.GetType().GetProperty(property)!.GetValue(i)!).ToList();

    /// <summary>The library with the fixture's generated data and this vocabulary source in place of the emitted one.</summary>
    private static Assembly Compile(string vocabularies)
    {
        var generated = GeneratorRunner.Run(Fixture.ValidYaml, Fixture.Seeds).Sources
            .Where(s => s.Key != VocabularyEmitter.HintName)
            .Select(s => s.Value)
            .Append(vocabularies);
        return LibraryCompiler.CompileAndLoad(generated);
    }

    private static string Replace(string text, string find, string replace)
    {
        text.ShouldContain(find);
        return text.Replace(find, replace, StringComparison.Ordinal);
    }
}
