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
                .Select(static (t, ct) => new InputFile(t.Path, t.GetText(ct)?.ToString() ?? string.Empty))
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

        private static bool IsReleasedIds(AdditionalText text) =>
            string.Equals(Path.GetFileName(text.Path), ReleasedIdsFileName, StringComparison.OrdinalIgnoreCase);

        private static ParseResult Parse(InputFile file)
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
