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

    [Fact]
    public void The_committed_schema_is_the_one_generated_from_the_generator_schema()
    {
        var path = SchemaPath;
        var generated = FactSchemaWriter.Write();
        if (Environment.GetEnvironmentVariable("KZDATA_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, generated);
        }

        File.ReadAllText(path).ShouldBe(generated, "src/KzData/facts.schema.json is stale; regenerate it with KZDATA_UPDATE_SCHEMA=1 dotnet test tests/KzData.Generators.Tests --filter SchemaTests");
    }

    [Fact]
    public void The_committed_fact_file_reference_is_the_one_generated_from_the_generator_schema()
    {
        var path = Path.GetFullPath(Path.Combine(SchemaPath, "..", "..", "..", "docs", "fact-file.md"));
        var generated = FactFileDocWriter.Write();
        if (Environment.GetEnvironmentVariable("KZDATA_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, generated);
        }

        File.ReadAllText(path).ShouldBe(generated, "docs/fact-file.md is stale; regenerate it with KZDATA_UPDATE_SCHEMA=1 dotnet test tests/KzData.Generators.Tests --filter SchemaTests");
    }

    [Fact]
    public void Schema_and_generator_agree_on_keys_required_keys_and_enum_values()
    {
        // Read back from the JSON, so a hand edit of the committed file shows up here by key.
        var schema = JsonNode.Parse(SchemaJson)!;
        var definitions = schema["definitions"]!;

        Keys(schema).ShouldBe(Model.Schema.SectionNames, ignoreOrder: true);
        foreach (var section in Model.Schema.Sections)
        {
            var item = definitions[section.Item.Name]!;
            Keys(item).ShouldBe(section.Item.KeyNames, ignoreOrder: true);
            Required(item).ShouldBe(section.Item.RequiredNames, ignoreOrder: true);
            foreach (var key in section.Item.Keys.Where(k => k.Vocabulary is not null))
            {
                Enum(definitions[key.Vocabulary!.Name]!).ShouldBe(key.Vocabulary.TermNames);
            }
        }

        definitions["id"]!["pattern"]!.GetValue<string>().ShouldBe(Model.Schema.IdPattern);
    }

    [Fact]
    public void A_vocabulary_that_drifts_from_the_committed_schema_is_caught()
    {
        // Mutate one copy inside the test: a term the schema lacks must fail the comparison.
        var schema = JsonNode.Parse(SchemaJson)!;
        var topics = schema["definitions"]![Model.Schema.Topic.Name]!["enum"]!.AsArray();
        topics.RemoveAt(topics.Count - 1);

        Enum(schema["definitions"]![Model.Schema.Topic.Name]!).ShouldNotBe(Model.Schema.Topic.TermNames);
        schema.ToJsonString().ShouldNotBe(JsonNode.Parse(FactSchemaWriter.Write())!.ToJsonString());
    }

    private static IEnumerable<string> Keys(JsonNode node) => node["properties"]!.AsObject().Select(p => p.Key);

    private static IEnumerable<string> Required(JsonNode node) => node["required"]!.AsArray().Select(v => v!.GetValue<string>());

    private static IEnumerable<string> Enum(JsonNode node) => node["enum"]!.AsArray().Select(v => v!.GetValue<string>());

    private static IEnumerable<NJsonSchema.Validation.ValidationError> Flatten(NJsonSchema.Validation.ValidationError error) =>
        error is NJsonSchema.Validation.ChildSchemaValidationError child
            ? new[] { error }.Concat(child.Errors.SelectMany(e => e.Value).SelectMany(Flatten))
            : [error];
}
