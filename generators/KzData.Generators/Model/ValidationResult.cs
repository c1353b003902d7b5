using KzData.Generators.Common;

namespace KzData.Generators.Model
{
    /// <summary>What the validate step produces: the data to emit and, separately, the diagnostics.</summary>
    internal sealed record ValidationResult(DatasetModel Model, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>
    /// An additional file's path and text, the pipeline's input. A refused seed carries why
    /// (<see cref="Refusal"/>) and no text: its content is never read.
    /// </summary>
    internal sealed record InputFile(string Path, string Text, string? Refusal = null)
    {
        public string FileName => System.IO.Path.GetFileName(Path);
    }
}
