using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using KzData.Generators.Common;
using KzData.Generators.Model;
using KzData.Generators.Validation;
using Microsoft.CodeAnalysis;

namespace KzData.Generators
{
    /// <summary>
    /// The generator's parse and validate steps as one call, outside a build: the entry point of the
    /// kzdata command-line tool (tools/KzData.Cli). The same code the pipeline in
    /// <see cref="FactsGenerator"/> runs; tests/KzData.Cli.Tests proves its diagnostics equal the driver's.
    /// </summary>
    internal static class FactFileCheck
    {
        /// <summary>Parses and validates a fact file against seed articles (file path, text), none of them a link.</summary>
        public static FactFileCheckResult Run(string factsPath, string factsText, IEnumerable<KeyValuePair<string, string>> seeds, CancellationToken cancellationToken = default) =>
            Run(factsPath, factsText, seeds.Select(s => new SeedFile(s.Key, () => s.Value, IsLink: false, FolderIsLink: false)), cancellationToken);

        /// <summary>
        /// Parses and validates a fact file against seed articles; a seed is refused exactly as the build refuses it
        /// (<see cref="FactsGenerator.Seed"/>), so a linked seed's text is never read.
        /// </summary>
        public static FactFileCheckResult Run(string factsPath, string factsText, IEnumerable<SeedFile> seeds, CancellationToken cancellationToken = default)
        {
            var parsed = FactsGenerator.Parse(new InputFile(factsPath, factsText));
            var seedFiles = seeds
                .Select(s => FactsGenerator.Seed(s.Path, s.Read, s.IsLink, s.FolderIsLink))
                .OrderBy(f => f.Path, StringComparer.Ordinal)
                .ToEquatableArray();
            var result = Validator.Validate(parsed, seedFiles, cancellationToken);
            return new FactFileCheckResult(result.Diagnostics.Select(d => d.ToDiagnostic()).ToImmutableArray(), result.Model);
        }
    }

    /// <summary>A seed file as a host finds it: its path, how to read it, and whether it or its folder is a link.</summary>
    internal sealed record SeedFile(string Path, Func<string> Read, bool IsLink, bool FolderIsLink);

    /// <summary>The diagnostics the build would report, and the validated data (empty when the file does not parse).</summary>
    internal sealed record FactFileCheckResult(ImmutableArray<Diagnostic> Diagnostics, DatasetModel Model);
}
