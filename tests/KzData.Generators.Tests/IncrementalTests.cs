using System.Collections;
using System.Reflection;
using KzData.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KzData.Generators.Tests;

/// <summary>The pipeline caches: unrelated edits re-run nothing, data-neutral YAML edits regenerate no source.</summary>
public sealed class IncrementalTests
{
    // Every step the generator names, so a new step is checked without editing this test.
    private static readonly string[] TrackedSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void Every_tracking_name_is_found()
    {
        TrackedSteps.Length.ShouldBeGreaterThanOrEqualTo(6);
        var result = GeneratorRunner.CreateDriver(Fixture.ValidYaml, Fixture.Seeds).RunGenerators(GeneratorRunner.CreateCompilation()).GetRunResult().Results.Single();
        foreach (var step in TrackedSteps)
        {
            result.TrackedSteps.ShouldContainKey(step);
        }
    }

    [Fact]
    public void An_unrelated_csharp_edit_leaves_every_step_cached()
    {
        var compilation = GeneratorRunner.CreateCompilation(CSharpSyntaxTree.ParseText("class A {}", GeneratorRunner.ParseOptions));
        var driver = GeneratorRunner.CreateDriver(Fixture.RealYaml, Fixture.RealSeeds).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { int x = 1; }", GeneratorRunner.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in TrackedSteps)
        {
            result.TrackedSteps.ShouldContainKey(step);
            foreach (var run in result.TrackedSteps[step])
            {
                run.Outputs.ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached, $"step {step}");
            }
        }

        result.TrackedOutputSteps.SelectMany(o => o.Value).SelectMany(r => r.Outputs)
            .ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void A_comment_in_the_middle_of_facts_yaml_changes_no_data_and_regenerates_no_source()
    {
        var compilation = GeneratorRunner.CreateCompilation();
        var texts = GeneratorRunner.AdditionalTexts(Fixture.RealYaml, Fixture.RealSeeds);
        var driver = GeneratorRunner.CreateDriver(texts).RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()).ToList();

        var middle = Fixture.RealYaml.IndexOf("\nfacts:", StringComparison.Ordinal);
        middle.ShouldBeGreaterThan(0);
        var commented = Fixture.RealYaml[..middle] + "\n# a contributor's comment\n# shifting every line below\n" + Fixture.RealYaml[middle..];
        var oldFacts = texts[0];
        var newFacts = new InMemoryAdditionalText(GeneratorRunner.FactsPath, commented);
        var result = driver.ReplaceAdditionalText(oldFacts, newFacts).RunGenerators(compilation).GetRunResult().Results.Single();

        var reasons = string.Join(", ", result.TrackedSteps.SelectMany(s => s.Value.SelectMany(r => r.Outputs.Select(o => s.Key + ":" + o.Reason))));
        // The parse re-ran (positions moved) but the data model compares equal...
        result.TrackedSteps[TrackingNames.Parse].SelectMany(s => s.Outputs).ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Modified);
        result.TrackedSteps[TrackingNames.Model].SelectMany(s => s.Outputs)
            .ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Unchanged || o.Reason == IncrementalStepRunReason.Cached, reasons);
        // ...so the source output did not run again, and the sources are byte-identical.
        result.TrackedOutputSteps.SelectMany(o => o.Value).SelectMany(r => r.Outputs)
            .Where(o => o.Value is Model.DatasetModel)
            .ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged);
        result.GeneratedSources.Select(s => s.SourceText.ToString()).ToList().ShouldBe(before);
    }

    [Fact]
    public void A_comment_that_moves_a_diagnostic_updates_diagnostics_but_not_the_model()
    {
        // An unused entity gives a warning whose line moves when a comment is added above it.
        var yaml = Fixture.ValidYaml.Replace("\nfacts:\n", "  - id: ukraine\n    kind: country\n    name: Ukraine\n    description: Unused\n\nfacts:\n");
        var compilation = GeneratorRunner.CreateCompilation();
        var texts = GeneratorRunner.AdditionalTexts(yaml, Fixture.Seeds);
        var driver = GeneratorRunner.CreateDriver(texts).RunGenerators(compilation);
        var lineBefore = driver.GetRunResult().Diagnostics.Single().Location.GetLineSpan().StartLinePosition.Line;

        var commented = yaml.Replace("\nentities:\n", "\n# one\n# two\nentities:\n");
        var run = driver.ReplaceAdditionalText(texts[0], new InMemoryAdditionalText(GeneratorRunner.FactsPath, commented)).RunGenerators(compilation).GetRunResult();
        var result = run.Results.Single();

        result.TrackedSteps[TrackingNames.Validate].SelectMany(s => s.Outputs).ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Modified);
        result.TrackedSteps[TrackingNames.Model].SelectMany(s => s.Outputs).ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Unchanged);
        result.TrackedSteps[TrackingNames.Diagnostics].SelectMany(s => s.Outputs).ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Modified);
        run.Diagnostics.Single().Location.GetLineSpan().StartLinePosition.Line.ShouldBe(lineBefore + 2);
    }

    [Fact]
    public void An_edit_of_a_quote_regenerates_the_source()
    {
        var compilation = GeneratorRunner.CreateCompilation();
        var texts = GeneratorRunner.AdditionalTexts(Fixture.ValidYaml, Fixture.Seeds);
        var driver = GeneratorRunner.CreateDriver(texts).RunGenerators(compilation);
        var edited = Fixture.ValidYaml.Replace("on March 2, 2022\"", "on March 2\"");
        var oldFacts = texts[0];

        var result = driver.ReplaceAdditionalText(oldFacts, new InMemoryAdditionalText(GeneratorRunner.FactsPath, edited))
            .RunGenerators(compilation).GetRunResult().Results.Single();

        result.TrackedSteps[TrackingNames.Model].SelectMany(s => s.Outputs).ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void Step_outputs_hold_no_compilation_symbols_or_syntax()
    {
        var driver = GeneratorRunner.CreateDriver(Fixture.RealYaml, Fixture.RealSeeds).RunGenerators(GeneratorRunner.CreateCompilation());
        var result = driver.GetRunResult().Results.Single();

        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var output in result.TrackedSteps.SelectMany(s => s.Value).SelectMany(r => r.Outputs))
        {
            AssertNoBannedTypes(output.Value, visited, path: "output");
        }

        visited.Count.ShouldBeGreaterThan(100);
    }

    private static void AssertNoBannedTypes(object? value, HashSet<object> visited, string path)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || value is decimal)
        {
            return;
        }

        var type = value.GetType();
        if (!type.IsValueType && !visited.Add(value))
        {
            return;
        }

        (value is Compilation or ISymbol or SyntaxNode or SyntaxTree or SemanticModel).ShouldBeFalse($"{path} holds a {type.Name}");
        type.Namespace.ShouldNotBe("YamlDotNet.RepresentationModel", $"{path} holds a YamlDotNet node");

        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                AssertNoBannedTypes(item, visited, $"{path}[{i++}]");
            }
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoBannedTypes(field.GetValue(value), visited, $"{path}.{field.Name}");
        }
    }
}
