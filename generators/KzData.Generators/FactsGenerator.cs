using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using KzData.Generators.Common;
using KzData.Generators.Diagnostics;
using KzData.Generators.Emit;
using KzData.Generators.Model;
using KzData.Generators.Parsing;
using KzData.Generators.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KzData.Generators
{
    /// <summary>
    /// Compiles facts.yaml (and the seed articles it cites) into the KzData dataset:
    /// parse -> validate -> emit, with source and diagnostics on separate outputs.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class FactsGenerator : IIncrementalGenerator
    {
        /// <summary>The fact file's name; other AdditionalFiles with this name are ignored after the first.</summary>
        public const string FactFileName = "facts.yaml";

        /// <summary>The released fact ids (one per line), next to facts.yaml; not a seed although it ends in .txt.</summary>
        public const string ReleasedIdsFileName = "released-ids.txt";

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            // The enums depend on no input: written once, present even while facts.yaml is broken.
            context.RegisterPostInitializationOutput(static c => c.AddSource(VocabularyEmitter.HintName, VocabularyEmitter.Emit()));

            var factFile = context.AdditionalTextsProvider
                .Where(static t => string.Equals(Path.GetFileName(t.Path), FactFileName, StringComparison.OrdinalIgnoreCase))
                .Select(static (t, ct) => new InputFile(t.Path, t.GetText(ct)?.ToString() ?? string.Empty))
                .Collect()
                .Select(static (files, _) => files.OrderBy(f => f.Path, StringComparer.Ordinal).FirstOrDefault())
                .WithTrackingName(TrackingNames.FactFile);

            var seeds = context.AdditionalTextsProvider
                .Where(static t => t.Path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && !IsReleasedIds(t))
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, ct) => ReadSeed(pair.Left, pair.Right.GetOptions(pair.Left), ct))
                .Collect()
                .Select(static (files, _) => files.OrderBy(f => f.Path, StringComparer.Ordinal).ToEquatableArray())
                .WithTrackingName(TrackingNames.SeedFiles);

            // Absent (as in a project without releases), the release check is off.
            var released = context.AdditionalTextsProvider
                .Where(static t => IsReleasedIds(t))
                .Select(static (t, ct) => new InputFile(t.Path, t.GetText(ct)?.ToString() ?? string.Empty))
                .Collect()
                .Select(static (files, _) => files.IsEmpty ? EquatableArray<ReleasedId>.Empty : ReleasedId.Parse(files.OrderBy(f => f.Path, StringComparer.Ordinal).First()))
                .WithTrackingName(TrackingNames.ReleasedIds);

            var parsed = factFile
                .Select(static (file, _) => file is null ? null : Parse(file))
                .WithTrackingName(TrackingNames.Parse);

            var validated = parsed
                .Combine(seeds)
                .Combine(released)
                .Select(static (input, ct) => input.Left.Left is null
                    ? new ValidationResult(DatasetModel.Empty, EquatableArray<DiagnosticInfo>.Empty)
                    : Validator.Validate(input.Left.Left, input.Left.Right, input.Right, ct))
                .WithTrackingName(TrackingNames.Validate);

            var model = validated
                .Select(static (result, _) => result.Model)
                .WithTrackingName(TrackingNames.Model);

            var diagnostics = validated
                .Select(static (result, _) => result.Diagnostics)
                .WithTrackingName(TrackingNames.Diagnostics);

            context.RegisterSourceOutput(model, static (spc, data) => EmitSource(spc, data));
            context.RegisterSourceOutput(diagnostics, static (spc, list) =>
            {
                foreach (var diagnostic in list)
                {
                    spc.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            });
        }

        /// <summary>The MSBuild item metadata (see src/KzData/KzData.csproj) holding a seed's and its folder's file attributes.</summary>
        public const string FileAttributesMetadata = "build_metadata.AdditionalFiles.KzDataFileAttributes";

        /// <inheritdoc cref="FileAttributesMetadata"/>
        public const string FolderAttributesMetadata = "build_metadata.AdditionalFiles.KzDataFolderAttributes";

        /// <summary>
        /// A seed's text, or why it is refused (then its text is never read). A generator may not touch the file
        /// system (RS1035), so whether a seed is a symbolic link comes from the build: KzData.csproj passes each
        /// file's attributes as item metadata. Without the metadata (a host that does not pass it) a seed is trusted.
        /// </summary>
        private static InputFile ReadSeed(AdditionalText text, AnalyzerConfigOptions options, System.Threading.CancellationToken ct) =>
            Seed(text.Path, () => text.GetText(ct)?.ToString() ?? string.Empty, IsLink(options, FileAttributesMetadata), IsLink(options, FolderAttributesMetadata));

        /// <summary>
        /// A seed as the build takes it: refused (its text never read) when it is not inside a folder named seeds, is a
        /// link, or sits in a linked folder. The one rule for the build and for hosts such as the kzdata tool.
        /// </summary>
        internal static InputFile Seed(string path, Func<string> read, bool fileIsLink, bool folderIsLink)
        {
            var folder = Path.GetFileName(Path.GetDirectoryName(path) ?? string.Empty);
            var refusal = !string.Equals(folder, "seeds", StringComparison.Ordinal) ? "it is not inside the seeds folder"
                : fileIsLink ? "it is a symbolic link; copy the article's text into a regular file"
                : folderIsLink ? "its seeds folder is a symbolic link"
                : null;
            return refusal is null ? new InputFile(path, read()) : new InputFile(path, string.Empty, refusal);
        }

        private static bool IsLink(AnalyzerConfigOptions options, string key) =>
            options.TryGetValue(key, out var attributes) && attributes.IndexOf("ReparsePoint", StringComparison.OrdinalIgnoreCase) >= 0;

        private static bool IsReleasedIds(AdditionalText text) =>
            string.Equals(Path.GetFileName(text.Path), ReleasedIdsFileName, StringComparison.OrdinalIgnoreCase);

        internal static ParseResult Parse(InputFile file)
        {
            try
            {
                return YamlTreeBuilder.Parse(file.Path, file.Text);
            }
            catch (Exception ex)
            {
                var error = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, LocationInfo.FileStart(file.Path), ex.GetType().Name + ": " + ex.Message);
                return new ParseResult(file.Path, null, ImmutableArray.Create(error).ToEquatableArray());
            }
        }

        private static void EmitSource(SourceProductionContext context, DatasetModel model)
        {
            try
            {
                foreach (var (hintName, source) in Emitter.Emit(model))
                {
                    context.AddSource(hintName, source);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, ex.GetType().Name + ": " + ex.Message));
            }
        }
    }
}
