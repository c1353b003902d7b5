using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KzData.Generators.Tests.Infrastructure;

/// <summary>An AdditionalFile that lives in memory, as the compiler would pass facts.yaml and the seeds.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText source = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => source;
}
