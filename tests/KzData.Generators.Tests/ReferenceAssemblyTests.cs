using KzData.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace KzData.Generators.Tests;

/// <summary>
/// Issue 18's bar: a facts.yaml edit recompiles only KzData, not the API. MSBuild recompiles a project when the reference
/// assembly of a project it references changes, so a data edit must leave KzData's reference assembly byte for byte the same.
/// </summary>
public sealed class ReferenceAssemblyTests
{
    public static TheoryData<string, string, string> DataEdits => new()
    {
        { "a statement", "Kazakh troops took part in CSTO exercises", "Kazakh troops joined CSTO exercises" },
        { "a note", "note: The two figures measure different things.", "note: The figures measure \"different\" things." },
    };

    [Theory]
    [MemberData(nameof(DataEdits))]
    public void A_data_edit_changes_the_assembly_but_not_its_reference_assembly(string what, string original, string edited)
    {
        Fixture.ValidYaml.ShouldContain(original);
        var before = Build(Fixture.ValidYaml);
        var after = Build(Fixture.ValidYaml.Replace(original, edited, StringComparison.Ordinal));

        after.Assembly.ShouldNotBe(before.Assembly, $"editing {what} must change the assembly, or this test checks nothing");
        after.Reference.ShouldBe(before.Reference, $"editing {what} changed the reference assembly: every project that references KzData would recompile");
    }

    /// <summary>The assembly and its reference assembly, emitted together as the build does (deterministic, as in the build).</summary>
    private static (byte[] Assembly, byte[] Reference) Build(string yaml)
    {
        var outcome = GeneratorRunner.Run(yaml, Fixture.Seeds);
        outcome.Errors.ShouldBeEmpty(outcome.Describe());
        var compilation = LibraryCompiler.Compile(outcome.Sources.Values);
        compilation = compilation.WithOptions(compilation.Options.WithDeterministic(true));

        using var assembly = new MemoryStream();
        using var reference = new MemoryStream();
        var emit = compilation.Emit(assembly, metadataPEStream: reference);
        emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty(string.Join("\n", emit.Diagnostics.Take(20)));
        return (assembly.ToArray(), reference.ToArray());
    }
}
