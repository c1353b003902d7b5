using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KzData.Generators.Tests.Infrastructure;

/// <summary>
/// Compiles generated source together with the library's hand-written files (src/KzData/Model/*.cs,
/// Dataset.cs and src/Common, copied to Library/ by the project file), the way src/KzData compiles it.
/// </summary>
internal static class LibraryCompiler
{
    private static readonly CSharpParseOptions Options = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview);

    // Parsed once: the fuzz test compiles many generated variants against the same library files.
    private static readonly Lazy<SyntaxTree[]> LibraryTrees = new(() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Library"), "*.cs")
            .Order(StringComparer.Ordinal)
            .Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), Options, p))
            .Append(CSharpSyntaxTree.ParseText("global using System; global using System.Collections.Generic; global using System.Linq;", Options))
            .ToArray());

    public static CSharpCompilation Compile(IEnumerable<string> generated) =>
        GeneratorRunner.CreateCompilation(LibraryTrees.Value.Concat(generated.Select(s => CSharpSyntaxTree.ParseText(s, Options))).ToArray());

    /// <summary>The compile errors of the library with this generated source, as the build would print them.</summary>
    public static List<Diagnostic> Errors(IEnumerable<string> generated) =>
        Compile(generated).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    public static Assembly CompileAndLoad(IEnumerable<string> generated)
    {
        using var stream = new MemoryStream();
        var emit = Compile(generated).Emit(stream);
        emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty(string.Join("\n", emit.Diagnostics.Take(20)));
        stream.Position = 0;
        return new AssemblyLoadContext("generated", isCollectible: true).LoadFromStream(stream);
    }
}
