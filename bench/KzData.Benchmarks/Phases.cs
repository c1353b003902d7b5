using System.Diagnostics;
using KzData.Generators.Common;
using KzData.Generators.Emit;
using KzData.Generators.Model;
using KzData.Generators.Parsing;
using KzData.Generators.Validation;

namespace KzData.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project bench/KzData.Benchmarks -- phases`: times parse, validate and
/// emit separately on 1,000 and 10,000 synthetic facts (best of 5), to see where the time goes and
/// whether it grows linearly.
/// </summary>
public static class Phases
{
    public static void Run()
    {
        foreach (var facts in (Environment.GetEnvironmentVariable("KZDATA_PHASES") ?? "1000,10000").Split(",").Select(int.Parse))
        {
            var yaml = SyntheticDataset.Create(facts, out var seeds);
            var seedFiles = seeds.Select(s => new InputFile("/bench/seeds/" + s.Key, s.Value)).ToEquatableArray();
            double parse = double.MaxValue, validate = double.MaxValue, emit = double.MaxValue;
            long parseBytes = 0, validateBytes = 0, emitBytes = 0;
            for (var round = 0; round < 5; round++)
            {
                var bytes = GC.GetTotalAllocatedBytes(precise: true);
                var watch = Stopwatch.StartNew();
                var parsed = YamlTreeBuilder.Parse("/bench/facts.yaml", yaml);
                parse = Math.Min(parse, watch.Elapsed.TotalMilliseconds);
                parseBytes = GC.GetTotalAllocatedBytes(precise: true) - bytes;

                bytes = GC.GetTotalAllocatedBytes(precise: true);
                watch.Restart();
                var validated = Validator.Validate(parsed, seedFiles, CancellationToken.None);
                validate = Math.Min(validate, watch.Elapsed.TotalMilliseconds);
                validateBytes = GC.GetTotalAllocatedBytes(precise: true) - bytes;

                bytes = GC.GetTotalAllocatedBytes(precise: true);
                watch.Restart();
                var sources = Emitter.Emit(validated.Model);
                emit = Math.Min(emit, watch.Elapsed.TotalMilliseconds);
                emitBytes = GC.GetTotalAllocatedBytes(precise: true) - bytes;
                if (validated.Diagnostics.Count > 0 || sources.Count != 4)
                {
                    throw new InvalidOperationException("synthetic dataset is not clean: " + validated.Diagnostics[0].GetMessage());
                }
            }

            var driverMs = double.MaxValue;
            var generatedChars = 0;
            for (var round = 0; round < 3; round++)
            {
                var benchmark = new GeneratorBenchmarks { Facts = facts };
                benchmark.Setup();
                var watch = Stopwatch.StartNew();
                generatedChars = benchmark.Generate();
                driverMs = Math.Min(driverMs, watch.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"{facts,6} facts: full driver run {driverMs,7:F1} ms, generated {generatedChars / 1024} KB of C#");
            Console.WriteLine($"{facts,6} facts: parse {parse,7:F1} ms, validate {validate,7:F1} ms, emit {emit,7:F1} ms, total {parse + validate + emit,7:F1} ms");
            Console.WriteLine($"{facts,6} facts: allocated: parse {parseBytes >> 20} MB, validate {validateBytes >> 20} MB, emit {emitBytes >> 20} MB");
        }
    }
}
