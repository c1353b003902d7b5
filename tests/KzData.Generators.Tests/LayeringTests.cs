using KzData.Generators.Emit;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KzData.Generators.Tests;

/// <summary>
/// The generator's phases stay apart: parsing, the schema and validation never reach into emission (what both
/// need lives in src/Common). Checked on the source text, so a stray using or a qualified name is caught.
/// </summary>
public sealed class LayeringTests
{
    private static readonly string GeneratorRoot = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "generators", "KzData.Generators"));

    /// <summary>The types of the Emit folder, by name.</summary>
    private static readonly HashSet<string> EmitTypes = typeof(Emitter).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(Emitter).Namespace && !t.IsNested && !t.Name.StartsWith('<'))
        .Select(t => t.Name)
        .ToHashSet(StringComparer.Ordinal);

    [Theory]
    [InlineData("Parsing")]
    [InlineData("Model")]
    [InlineData("Validation")]
    public void A_phase_before_emission_does_not_use_Emit(string folder)
    {
        var files = Directory.GetFiles(Path.Combine(GeneratorRoot, folder), "*.cs");
        files.ShouldNotBeEmpty();
        files.SelectMany(f => EmitUses(File.ReadAllText(f)).Select(u => $"{Path.GetFileName(f)}: {u}")).ShouldBeEmpty();
    }

    [Fact]
    public void A_use_of_Emit_is_caught()
    {
        EmitTypes.ShouldContain(nameof(CSharp));
        EmitUses("namespace KzData.Generators.Validation { class V { } }").ShouldBeEmpty();
        EmitUses("using KzData.Generators.Emit;\nnamespace KzData.Generators.Validation { class V { } }").ShouldHaveSingleItem();
        EmitUses("namespace KzData.Generators.Validation { class V { string S => Emit.CSharp.String(\"x\"); } }").ShouldNotBeEmpty();
    }

    /// <summary>Using directives of the Emit namespace and names of its types, as written in one file.</summary>
    private static List<string> EmitUses(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var usings = root.DescendantNodes().OfType<UsingDirectiveSyntax>()
            .Where(u => u.Name?.ToString().EndsWith(".Emit", StringComparison.Ordinal) == true)
            .Select(u => u.ToString());
        var names = root.DescendantNodes().OfType<IdentifierNameSyntax>()
            .Where(n => EmitTypes.Contains(n.Identifier.ValueText))
            .Select(n => $"{n.Identifier.ValueText} at line {n.GetLocation().GetLineSpan().StartLinePosition.Line + 1}");
        return usings.Concat(names).ToList();
    }
}
