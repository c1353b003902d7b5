using System.Text.Json.Nodes;
using KzData.Generators.Model;
using KzData.Generators.Tests.Infrastructure;
using NJsonSchema;

namespace KzData.Generators.Tests;

/// <summary>facts.schema.json (what editors check while typing) agrees with the generator (what the build checks).</summary>
public sealed class SchemaTests
{
    private static readonly string SchemaPath = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "KzData", "facts.schema.json"));

    private static string SchemaJson => File.ReadAllText(SchemaPath);

    private static JsonSchema Schema => JsonSchema.FromJsonAsync(SchemaJson).GetAwaiter().GetResult();

    private static ICollection<NJsonSchema.Validation.ValidationError> Validate(string yaml) =>
        Schema.Validate(YamlToJson.Convert(yaml)!.ToJsonString());

    [Fact]
    public void The_real_fact_file_is_valid_against_the_schema()
    {
        var errors = Validate(Fixture.RealYaml);

        errors.ShouldBeEmpty(string.Join("\n", errors.Take(10)));
        Fixture.RealYaml.ShouldStartWith("# yaml-language-server: $schema=./facts.schema.json");
    }

    [Fact]
    public void The_fixture_is_valid_against_the_schema() => Validate(Fixture.ValidYaml).ShouldBeEmpty();

    [Theory]
    [InlineData("    statement: Kazakhstan abstained", "    statment: Kazakhstan abstained", "KZ1003", "statment")]
    [InlineData("    topic: diplomacy\n    date: 2022-03-02", "    topic: diplomatics\n    date: 2022-03-02", "KZ1007", "topic")]
    [InlineData("    date: 2022-03-02", "    date: 2022-13-02", "KZ1006", "date")]
    [InlineData("  - id: csto-exercises", "  - id: CSTO_Exercises", "KZ1005", "id")]
    [InlineData("    kind: person", "    kind: human", "KZ1007", "kind")]
    public void A_contributor_mistake_is_flagged_by_the_schema_and_by_the_build(string find, string replace, string diagnostic, string property)
    {
        Fixture.ValidYaml.ShouldContain(find);
        var bad = Fixture.ValidYaml.Replace(find, replace);

        var errors = Validate(bad);
        errors.ShouldNotBeEmpty();
        errors.SelectMany(Flatten).ShouldContain(e => e.Property == property || e.Path!.Contains(property, StringComparison.Ordinal), string.Join("\n", errors));

        GeneratorRunner.Run(bad, Fixture.Seeds).Diagnostics.ShouldContain(d => d.Id == diagnostic);
    }

    private const string Regenerate = "regenerate it with KZDATA_UPDATE_SCHEMA=1 dotnet test tests/KzData.Generators.Tests --filter SchemaTests and review the diff";

    private static string FactFilePath => Path.GetFullPath(Path.Combine(SchemaPath, "..", "..", "..", "docs", "fact-file.md"));

    [Fact]
    public void The_committed_schema_is_the_one_generated_from_the_generator_schema() =>
        Drift.AssertCurrent(SchemaPath, FactSchemaWriter.Write(), "KZDATA_UPDATE_SCHEMA", Regenerate);

    [Fact]
    public void The_committed_fact_file_reference_is_the_one_generated_from_the_generator_schema() =>
        Drift.AssertCurrent(FactFilePath, FactFileDocWriter.Write(), "KZDATA_UPDATE_SCHEMA", Regenerate);

    [Fact]
    public void A_topic_removed_from_the_committed_schema_is_caught_by_the_stale_check()
    {
        var energy = $"\"{Model.Schema.Topic.TermNames[3]}\",";
        var mutated = RemoveLine(SchemaJson, energy);

        Drift.Describe(SchemaJson, FactSchemaWriter.Write()).ShouldBeNull();
        Drift.Describe(mutated, FactSchemaWriter.Write()).ShouldNotBeNull().ShouldContain(energy);
        Disagreements(JsonNode.Parse(mutated)!).ShouldHaveSingleItem().ShouldContain("topic");
    }

    [Fact]
    public void A_topic_removed_from_the_committed_fact_file_reference_is_caught_by_the_stale_check()
    {
        var committed = File.ReadAllText(FactFilePath);
        var row = $"| `{Model.Schema.Topic.TermNames[3]}` |";
        var mutated = RemoveLine(committed, row);

        Drift.Describe(committed, FactFileDocWriter.Write()).ShouldBeNull();
        Drift.Describe(mutated, FactFileDocWriter.Write()).ShouldNotBeNull().ShouldContain(row);
    }

    [Fact]
    public void Schema_and_generator_agree_on_keys_required_keys_and_enum_values() =>
        Disagreements(JsonNode.Parse(SchemaJson)!).ShouldBeEmpty();

    /// <summary>
    /// Read back from the JSON, so a hand edit of the committed file shows up by key and term, not only as a
    /// changed line: where the JSON Schema's sections, keys, required keys, terms and id pattern differ from the
    /// generator's.
    /// </summary>
    private static List<string> Disagreements(JsonNode schema)
    {
        var problems = new List<string>();
        var definitions = schema["definitions"]!;
        Compare(problems, "sections", Keys(schema), Model.Schema.SectionNames);
        foreach (var section in Model.Schema.Sections)
        {
            var item = definitions[section.Item.Name]!;
            Compare(problems, $"{section.Item.Name} keys", Keys(item), section.Item.KeyNames);
            Compare(problems, $"{section.Item.Name} required keys", Required(item), section.Item.RequiredNames);
        }

        foreach (var vocabulary in Model.Schema.Vocabularies)
        {
            Compare(problems, $"{vocabulary.Name} terms", Enum(definitions[vocabulary.Name]!), vocabulary.TermNames);
        }

        Compare(problems, "id pattern", [definitions["id"]!["pattern"]!.GetValue<string>()], [Model.Schema.IdPattern]);
        return problems;
    }

    private static void Compare(List<string> problems, string what, IEnumerable<string> json, IEnumerable<string> generator)
    {
        var (a, b) = (json.ToList(), generator.ToList());
        if (!a.SequenceEqual(b))
        {
            problems.Add($"{what}: the JSON Schema has [{string.Join(", ", a)}], the generator [{string.Join(", ", b)}]");
        }
    }

    private static string RemoveLine(string text, string containing)
    {
        var lines = text.Split('\n').ToList();
        lines.RemoveAll(l => l.Contains(containing, StringComparison.Ordinal)).ShouldBe(1, $"one line holds {containing}");
        return string.Join('\n', lines);
    }

    private static IEnumerable<string> Keys(JsonNode node) => node["properties"]!.AsObject().Select(p => p.Key);

    private static IEnumerable<string> Required(JsonNode node) => node["required"]!.AsArray().Select(v => v!.GetValue<string>());

    private static IEnumerable<string> Enum(JsonNode node) => node["enum"]!.AsArray().Select(v => v!.GetValue<string>());

    private static IEnumerable<NJsonSchema.Validation.ValidationError> Flatten(NJsonSchema.Validation.ValidationError error) =>
        error is NJsonSchema.Validation.ChildSchemaValidationError child
            ? new[] { error }.Concat(child.Errors.SelectMany(e => e.Value).SelectMany(Flatten))
            : [error];
}
