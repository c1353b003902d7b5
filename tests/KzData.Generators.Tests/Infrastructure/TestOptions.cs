using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KzData.Generators.Tests.Infrastructure;

/// <summary>
/// Item metadata per additional file, as the build passes it through the generated .editorconfig
/// (<c>build_metadata.AdditionalFiles.Name</c>); see the KzData.csproj target that computes it.
/// </summary>
internal sealed class TestOptions(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byPath) : AnalyzerConfigOptionsProvider
{
    private static readonly Options None = new(ImmutableDictionary<string, string>.Empty);

    public override AnalyzerConfigOptions GlobalOptions => None;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        byPath.TryGetValue(textFile.Path, out var values) ? new Options(values) : None;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
