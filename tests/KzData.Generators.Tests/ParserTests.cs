using KzData.Generators.Tests.Infrastructure;

namespace KzData.Generators.Tests;

/// <summary>Odd but possible YAML: every case ends in a KZ diagnostic or clean output, never an exception.</summary>
public sealed class ParserTests
{
    [Fact]
    public void An_empty_file_is_KZ1020_and_the_library_still_compiles_with_an_empty_dataset()
    {
        // Issue 14: an empty file used to build green; now it is an error, and the output still compiles.
        var outcome = GeneratorRunner.Run(string.Empty, Fixture.Seeds);

        outcome.Diagnostics.Select(d => d.Id).ShouldBe(["KZ1020"]);
        outcome.Sources["KzData.Dataset.g.cs"].ShouldContain("[DataBlob(@\"0\n0\n\")]\n    private static void FactNumbers()"); // no facts, no links
        LibraryCompiler.Errors(outcome.Sources.Values).ShouldBeEmpty();
    }

    [Fact]
    public void A_list_at_the_top_is_a_wrong_type_at_line_1()
    {
        var outcome = GeneratorRunner.Run("- id: x\n", Fixture.Seeds);

        var diagnostic = outcome.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("KZ1004");
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(0);
    }

    [Fact]
    public void A_second_document_is_malformed_yaml_at_the_separator()
    {
        var outcome = GeneratorRunner.Run(Fixture.ValidYaml + "---\nfacts: []\n", Fixture.Seeds);

        var diagnostic = outcome.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("KZ1001");
        diagnostic.GetMessage().ShouldContain("single YAML document");
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(Fixture.ValidYaml.Count(c => c == '\n'));
    }

    [Fact]
    public void Deep_nesting_is_refused_without_recursion()
    {
        var yaml = "facts: " + new string('[', 5000) + new string(']', 5000) + "\n";

        var outcome = GeneratorRunner.Run(yaml, Fixture.Seeds);

        outcome.Diagnostics.ShouldContain(d => d.Id == "KZ1001" && d.GetMessage().Contains("nesting"));
    }

    [Fact]
    public void An_unclosed_bracket_at_the_end_of_the_file_is_KZ1001()
    {
        var outcome = GeneratorRunner.Run("sources: [", Fixture.Seeds);

        outcome.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("KZ1001");
    }

    [Fact]
    public void Aliases_are_refused_not_resolved()
    {
        // Issue 14: aliases used to be expanded (a "billion laughs" made re-runs exponential; AliasExpansionTests).
        // Now the use is KZ1021 and reads as an empty value; an anchor alone changes nothing and is not reported.
        var yaml = Fixture.ValidYaml
            .Replace("entities: [kazakhstan, russia]\n    quantity: { value: 200000", "entities: &both [kazakhstan, russia]\n    quantity: { value: 200000")
            .Replace("entities: [kazakhstan, russia]\n    quantity: { value: 353000", "entities: *both\n    quantity: { value: 353000");

        var outcome = GeneratorRunner.Run(yaml, Fixture.Seeds);

        outcome.Diagnostics.Select(d => d.Id).ShouldBe(["KZ1008", "KZ1021"], ignoreOrder: true, customMessage: outcome.Describe());
        var alias = outcome.Diagnostics.Single(d => d.Id == "KZ1021");
        var (line, column) = Fixture.PositionOf(yaml, "*both");
        alias.Location.GetLineSpan().StartLinePosition.ShouldBe(new(line - 1, column - 1));
    }

    [Theory]
    [InlineData("entities: []", "KZ1008")]
    [InlineData("entities:", "KZ1008")]
    [InlineData("entities: kazakhstan", "KZ1004")]
    public void A_fact_with_no_usable_entities_gets_exactly_one_diagnostic(string entities, string id)
    {
        var yaml = Fixture.ValidYaml.Replace("    entities: [kazakhstan, csto]\n", "    " + entities + "\n");

        var outcome = GeneratorRunner.Run(yaml, Fixture.Seeds);

        outcome.Diagnostics.ShouldHaveSingleItem(outcome.Describe()).Id.ShouldBe(id);
    }

    [Fact]
    public void A_quote_holding_a_mapping_is_a_wrong_type_not_a_crash()
    {
        var yaml = Fixture.ValidYaml.Replace("quote: \"The CSTO held exercises from September to October with Kazakh troops taking part.\"", "quote: { text: oops }");

        var outcome = GeneratorRunner.Run(yaml, Fixture.Seeds);

        outcome.Diagnostics.ShouldContain(d => d.Id == "KZ1004");
    }
}
