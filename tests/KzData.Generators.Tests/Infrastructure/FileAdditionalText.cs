using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KzData.Generators.Tests.Infrastructure;

/// <summary>An AdditionalFile read from disk when asked, as the compiler reads one (following symbolic links).</summary>
internal sealed class FileAdditionalText(string path) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) =>
        SourceText.From(File.ReadAllText(Path, Encoding.UTF8));
}
