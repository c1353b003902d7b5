using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using KzData.Generators.Common;
using KzData.Generators.Diagnostics;
using KzData.Generators.Model;
using KzData.Generators.Parsing;

namespace KzData.Generators.Validation
{
    /// <summary>
    /// Checks a parsed fact file against the schema, the references between its items and the seed
    /// articles, and builds the emission model. One run per input; split by concern into partial files.
    /// </summary>
    internal sealed partial class Validator
    {
        private static readonly Regex IdRegex = new(Schema.IdPattern, RegexOptions.CultureInvariant);

        private readonly string path;
        private readonly CancellationToken cancellationToken;
        private readonly List<DiagnosticInfo> diagnostics = new();
        private readonly Dictionary<string, SeedText> seeds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> refusedSeeds = new(StringComparer.Ordinal);
        private readonly List<RawSource> sources = new();
        private readonly List<RawEntity> entities = new();
        private readonly List<RawFact> facts = new();
        private readonly Dictionary<string, RawSource> sourcesById = new(StringComparer.Ordinal);
        private readonly Dictionary<string, RawEntity> entitiesById = new(StringComparer.Ordinal);
        private readonly Dictionary<string, RawFact> factsById = new(StringComparer.Ordinal);
        private readonly List<RawRetired> retired = new();
        private readonly Dictionary<string, RawRetired> retiredById = new(StringComparer.Ordinal);
        private readonly EquatableArray<ReleasedId> released;
        private LocationInfo? factsSection;

        private Validator(string path, EquatableArray<InputFile> seedFiles, EquatableArray<ReleasedId> released, CancellationToken cancellationToken)
        {
            this.path = path;
            this.released = released;
            this.cancellationToken = cancellationToken;
            // One normalising buffer for every seed, as long as the longest.
            var longest = 0;
            foreach (var seed in seedFiles)
            {
                longest = Math.Max(longest, seed.Text.Length);
            }

            var scratch = new char[longest];
            foreach (var seed in seedFiles)
            {
                if (seed.Refusal is not null)
                {
                    refusedSeeds[seed.FileName] = seed.Refusal;
                    continue;
                }

                // A seed in the seeds folder wins over a refused file of the same name elsewhere.
                seeds[seed.FileName] = new SeedText(seed.FileName, seed.Text, scratch);
                TextHazards.Scan(seed.Path, seed.Text, isSeed: true, diagnostics);
            }
        }

        /// <summary>Validates a parsed file; never throws except for cancellation.</summary>
        public static ValidationResult Validate(ParseResult parse, EquatableArray<InputFile> seedFiles, CancellationToken cancellationToken) =>
            Validate(parse, seedFiles, EquatableArray<ReleasedId>.Empty, cancellationToken);

        /// <summary>Validates a parsed file against its seeds and the released fact ids (none: the release check is off); never throws except for cancellation.</summary>
        public static ValidationResult Validate(ParseResult parse, EquatableArray<InputFile> seedFiles, EquatableArray<ReleasedId> released, CancellationToken cancellationToken)
        {
            if (parse.Root is null)
            {
                return new ValidationResult(DatasetModel.Empty, DiagnosticCap.Apply(parse.Diagnostics));
            }

            try
            {
                var validator = new Validator(parse.Path, seedFiles, released, cancellationToken);
                validator.diagnostics.AddRange(parse.Diagnostics);
                var model = validator.Run(parse.Root);
                var ordered = validator.diagnostics
                    .OrderBy(d => d.Location.FilePath == parse.Path ? 0 : 1)
                    .ThenBy(d => d.Location.FilePath, StringComparer.Ordinal)
                    .ThenBy(d => d.Location.Span.Start)
                    .ThenBy(d => d.Id, StringComparer.Ordinal);
                return new ValidationResult(model, DiagnosticCap.Apply(ordered));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var error = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, LocationInfo.FileStart(parse.Path), ex.GetType().Name + ": " + ex.Message);
                return new ValidationResult(DatasetModel.Empty, parse.Diagnostics.Concat(new[] { error }).ToEquatableArray());
            }
        }

        private DatasetModel Run(YamlNode root)
        {
            // The one place that orders the passes. Each pass reads only what the passes above it set on the
            // Raw items (RawItems.cs says, field by field, which pass sets it):
            //  1. shape (Validator.Shape.cs): reads every item's nodes and plain fields into its model;
            //  2. references (Validator.References.cs): indexes ids (sets Emit), resolves entities first (memberships),
            //     then sources (author, publisher and seed are entities and files), then facts (entities,
            //     attributed-to, conflicts, evidence sources), marking what is Used and Cited, then retired ids
            //     (replaced-by, still a fact, chains) and the released ids (each a fact or retired);
            //  2b. text budget (Validator.Limits.cs): all text the library would embed (needs resolved seeds); past the
            //     limit nothing is emitted;
            //  3. traceability (Validator.Traceability.cs): normalises and matches quotes (needs resolved sources);
            //  4. claims (Validator.Claims.cs): speakers, claimants and hedges (needs resolved sources and authors);
            //  5. consistency and usage (Validator.Consistency.cs): periods, one-sided conflicts, unused items
            //     (needs Used/Cited, final after 2);
            //  6. names (Validator.Consistency.cs): clears Emit on a C# name collision;
            //  7. model (Validator.Model.cs): builds the emission model from what still has Emit set.
            FaultInjection.ThrowIfRequested();
            ReadSections(root);
            cancellationToken.ThrowIfCancellationRequested();
            ResolveEntities();
            ResolveSources();
            ResolveFacts();
            ResolveRetired();
            CheckReleased();
            cancellationToken.ThrowIfCancellationRequested();
            if (!CheckTextBudget(root))
            {
                return DatasetModel.Empty;
            }

            CheckTraceability();
            CheckClaims();
            CheckConsistency();
            CheckUsage();
            CheckNames();
            return BuildModel();
        }

        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params object?[] args) =>
            diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));
    }
}
