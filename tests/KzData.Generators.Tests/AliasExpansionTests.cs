using System.Diagnostics;
using KzData.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace KzData.Generators.Tests;

/// <summary>
/// YAML anchors and aliases are refused (KZ1021), so a "billion laughs" chain cannot make the incremental
/// re-runs exponential: each run costs time linear in the file, whatever the nesting of aliases.
/// </summary>
public sealed class AliasExpansionTests(ITestOutputHelper output)
{
    /// <summary>A chain of <paramref name="levels"/> anchors, each a list of nine aliases of the one before.</summary>
    internal static string BillionLaughs(int levels)
    {
        var yaml = new System.Text.StringBuilder("lol0: &a0 [\"lol\"]\n");
        for (var i = 1; i <= levels; i++)
        {
            yaml.Append($"lol{i}: &a{i} [");
            yaml.Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9)));
            yaml.Append("]\n");
        }

        // The edit the second run sees ("note: x" to "note: y") comes last, so comparing the old and new
        // trees must walk everything before it.
        return Fixture.ValidYaml + "\n" + yaml + "note: x\n";
    }

    [Fact]
    public void A_billion_laughs_file_is_refused_at_each_alias()
    {
        var yaml = BillionLaughs(3);
        var outcome = GeneratorRunner.Run(yaml, Fixture.Seeds);

        var aliases = outcome.Diagnostics.Where(d => d.Id == "KZ1021").ToList();
        aliases.Count.ShouldBe(27, outcome.Describe());
        var (line, column) = Fixture.PositionOf(yaml, "*a0");
        var first = aliases.OrderBy(d => d.Location.SourceSpan.Start).First();
        first.Location.GetLineSpan().StartLinePosition.ShouldBe(new Microsoft.CodeAnalysis.Text.LinePosition(line - 1, column - 1));
        first.Severity.ShouldBe(DiagnosticSeverity.Error);
    }

    [Fact]
    public void The_second_run_after_an_edit_is_not_exponential_in_alias_nesting()
    {
        // Before the fix: 5 s at 6 levels, 33 s at 7, over 130 s at 8 (aliases were expanded, and the
        // parse results compared by deep equality walking every path). Now 8 levels must cost about what 4 do.
        var small = SecondRun(4);
        var large = SecondRun(8);
        output.WriteLine($"second run: 4 levels {small.TotalMilliseconds:0} ms, 8 levels {large.TotalMilliseconds:0} ms");

        // 9^8 / 9^4 = 6,561 times the work if aliases were expanded; linear work is about the same.
        large.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        large.ShouldBeLessThan(TimeSpan.FromTicks(Math.Max(small.Ticks, TimeSpan.FromMilliseconds(100).Ticks) * 10));
    }

    /// <summary>The best of three timings of a second driver run after a same-length edit.</summary>
    private static TimeSpan SecondRun(int levels)
    {
        var best = TimeSpan.MaxValue;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var yaml = BillionLaughs(levels);
            var compilation = GeneratorRunner.CreateCompilation();
            var texts = GeneratorRunner.AdditionalTexts(yaml, Fixture.Seeds);
            var driver = GeneratorRunner.CreateDriver(texts).RunGenerators(compilation);

            var edited = yaml.Replace("note: x", "note: y");
            driver = driver.ReplaceAdditionalText(texts[0], new InMemoryAdditionalText(GeneratorRunner.FactsPath, edited));
            var watch = Stopwatch.StartNew();
            driver.RunGenerators(compilation);
            watch.Stop();
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        return best;
    }
}
