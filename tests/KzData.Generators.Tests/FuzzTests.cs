using System.Diagnostics;
using System.Text;
using KzData.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace KzData.Generators.Tests;

/// <summary>
/// Seeded mutations of the real facts.yaml run through the generator in-process: no exception
/// escapes, and every input yields either clean output or KZ diagnostics located inside the file.
/// Every clean output holds at least one fact, and a sample of the clean outputs is compiled with the library:
/// "no error" must mean "the library builds, with data".
/// KZDATA_FUZZ_ITERATIONS raises the count for a longer run (default 2,000).
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("KZDATA_FUZZ_ITERATIONS"), out var n) ? n : 2000;

    /// <summary>A generous bound that only a hang or pathological backtracking would break.</summary>
    private static readonly TimeSpan MaxRun = TimeSpan.FromSeconds(10);

    /// <summary>Every this-many-th clean mutant is compiled (a compile costs far more than a generator run).</summary>
    private const int CompileEvery = 50;

    [Fact]
    public void Random_mutations_of_the_fact_file_never_crash_the_generator()
    {
        var random = new Random(2022_02_24);
        var lines = Fixture.RealYaml.Split('\n');
        var texts = GeneratorRunner.AdditionalTexts(Fixture.RealYaml, Fixture.RealSeeds);
        var driver = GeneratorRunner.CreateDriver(texts);
        var compilation = GeneratorRunner.CreateCompilation();
        var current = texts[0];
        var kinds = new Dictionary<string, int>();
        var withErrors = 0;
        var clean = 0;
        var compiled = 0;
        var compiling = new Stopwatch();
        var expectedSources = GeneratorRunner.Run(Fixture.RealYaml, Fixture.RealSeeds).Sources.Keys.Order().ToList();

        for (var i = 0; i < Iterations; i++)
        {
            var (kind, mutated) = Mutate(random, lines);
            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            var next = new InMemoryAdditionalText(GeneratorRunner.FactsPath, mutated);
            driver = driver.ReplaceAdditionalText(current, next);
            current = next;

            var watch = Stopwatch.StartNew();
            driver = driver.RunGenerators(compilation);
            watch.Stop();
            var result = driver.GetRunResult().Results.Single();

            var context = $"iteration {i} ({kind})";
            result.Exception.ShouldBeNull(context);
            watch.Elapsed.ShouldBeLessThan(MaxRun, context);
            result.Diagnostics.ShouldAllBe(d => d.Id.StartsWith("KZ", StringComparison.Ordinal) && d.Id != "KZ1000", context + ": " + string.Join("; ", result.Diagnostics.Take(3)));
            var lineCount = mutated.Count(c => c == '\n') + 1;
            foreach (var diagnostic in result.Diagnostics)
            {
                var span = diagnostic.Location.GetLineSpan();
                span.Path.ShouldBe(GeneratorRunner.FactsPath, context);
                span.StartLinePosition.Line.ShouldBeLessThan(lineCount, context);
            }

            if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                withErrors++;
            }
            else
            {
                // "No error" must mean a dataset: never an empty one (issue 14, KZ1020).
                var model = result.TrackedSteps[TrackingNames.Model].SelectMany(s => s.Outputs).Select(o => o.Value).OfType<Model.DatasetModel>().Single();
                model.Facts.Count.ShouldBeGreaterThan(0, context);
                result.GeneratedSources.Select(s => s.HintName).Order().ToList().ShouldBe(expectedSources, customMessage: context);
                if (clean++ % CompileEvery == 0)
                {
                    compiling.Start();
                    var errors = LibraryCompiler.Errors(result.GeneratedSources.Select(s => s.SourceText.ToString()));
                    compiling.Stop();
                    errors.ShouldBeEmpty($"{context}: {string.Join("; ", errors.Take(3))}");
                    compiled++;
                }
            }
        }

        output.WriteLine($"{Iterations} mutants, {withErrors} with errors, {clean} clean, {compiled} compiled in {compiling.Elapsed.TotalSeconds:0.0} s");

        // The mutations must actually break things most of the time, or the test proves little;
        // and enough clean ones must have been compiled for the compile check to mean something.
        withErrors.ShouldBeGreaterThan(Iterations / 2);
        kinds.Count.ShouldBeGreaterThanOrEqualTo(10);
        compiled.ShouldBeGreaterThan(0);
    }

    private static (string Kind, string Text) Mutate(Random random, string[] lines)
    {
        var copy = lines.ToList();
        var at = random.Next(copy.Count);
        switch (random.Next(13))
        {
            case 0:
                var chars = copy[at].ToCharArray();
                if (chars.Length > 0)
                {
                    chars[random.Next(chars.Length)] = (char)random.Next(32, 127);
                }

                copy[at] = new string(chars);
                return ("flip", Join(copy));
            case 1:
                copy.RemoveAt(at);
                return ("delete-line", Join(copy));
            case 2:
                copy.Insert(at, copy[at]);
                return ("duplicate-line", Join(copy));
            case 3:
                var other = random.Next(copy.Count);
                (copy[at], copy[other]) = (copy[other], copy[at]);
                return ("swap-lines", Join(copy));
            case 4:
                var text = Join(copy);
                return ("truncate", text[..random.Next(text.Length)]);
            case 5:
                copy[at] = random.Next(2) == 0 ? "  " + copy[at] : copy[at].TrimStart();
                return ("indent", Join(copy));
            case 6:
                string[] unicode = ["\u0000", "\uFEFF", "\u200B", "😀", "\uD800", "Ω", "\u202E", "\t", "\r", "“"];
                copy[at] = copy[at].Insert(random.Next(copy[at].Length + 1), unicode[random.Next(unicode.Length)]);
                return ("unicode", Join(copy));
            case 7:
                copy[at] += new string('x', random.Next(1_000, 100_000));
                return ("long-line", Join(copy));
            case 8:
                var depth = random.Next(10, 2000);
                copy.Insert(at, "nest: " + new string('[', depth) + new string(']', random.Next(depth + 1)));
                return ("deep-nesting", Join(copy));
            case 9:
                string[] tokens = ["{", "}", "[", "]", ":", "- ", "&a ", "*a", "!!binary ", "? ", "|", ">", "'", "\"", "#", "---", "...", "%YAML 1.1"];
                copy[at] = copy[at].Insert(random.Next(copy[at].Length + 1), tokens[random.Next(tokens.Length)]);
                return ("yaml-token", Join(copy));
            case 10:
                var value = copy[at].IndexOf(": ", StringComparison.Ordinal);
                string[] values = ["", "~", "[]", "{}", "-1", "2022-02-30", "9999999999999999999999", "null", "[a, b]", "{ x: 1 }"];
                copy[at] = value < 0 ? copy[at] : copy[at][..(value + 2)] + values[random.Next(values.Length)];
                return ("value", Join(copy));
            case 11:
                string[] empties = ["", "# only a comment\n", "~", "null", "sources:\nentities:\nfacts:\n", "sources: []\nentities: []\nfacts: []\n"];
                return ("emptied", empties[random.Next(empties.Length)]);
            default:
                var block = random.Next(1, 30);
                var start = Math.Min(at, Math.Max(0, copy.Count - block));
                var moved = copy.GetRange(start, Math.Min(block, copy.Count - start));
                copy.RemoveRange(start, moved.Count);
                copy.InsertRange(random.Next(copy.Count + 1), moved);
                return ("move-block", Join(copy));
        }
    }

    private static string Join(List<string> lines) => string.Join('\n', lines);
}
