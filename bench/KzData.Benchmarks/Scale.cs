using System.Diagnostics;

namespace KzData.Benchmarks;

/// <summary>
/// The scale bars of docs/performance.md ("Scale"), driven by bench/scale.sh:
/// <c>synthetic N DIR</c> writes a synthetic dataset (facts.yaml, an empty released-ids.txt, seeds/) that
/// <c>dotnet build src/KzData -p:KzDataDatasetDir=DIR</c> compiles instead of the real one;
/// <c>driver N...</c> runs the generator driver (parse, validate, emit, and Roslyn parsing the output) on N synthetic
/// facts, and prints the median of 3 warm runs, the bytes allocated by one run and the sizes.
/// </summary>
public static class Scale
{
    public static void Write(int facts, string directory)
    {
        var yaml = SyntheticDataset.Create(facts, out var seeds);
        Directory.CreateDirectory(Path.Combine(directory, "seeds"));
        File.WriteAllText(Path.Combine(directory, "facts.yaml"), yaml);
        File.WriteAllText(Path.Combine(directory, "released-ids.txt"), string.Empty);
        foreach (var (name, text) in seeds)
        {
            File.WriteAllText(Path.Combine(directory, "seeds", name), text);
        }
    }

    public static void Driver(IEnumerable<int> sizes)
    {
        // CPU time and GC pause are printed next to the wall time: on the shared machine the wall time swings with the
        // other agents' load, the process's own CPU time much less.
        Console.WriteLine("facts\tfacts.yaml KB\tseeds KB\tgenerated KB\tdriver ms (median of 3)\tallocated MB (one run)\tus per fact\tCPU ms (median of 3)\tGC pause ms (median of 3)");
        foreach (var facts in sizes)
        {
            var benchmark = new GeneratorBenchmarks { Facts = facts };
            var yaml = SyntheticDataset.Create(facts, out var seeds);
            benchmark.Setup();
            var generated = benchmark.Generate(); // warm: JIT of the generator and Roslyn
            var times = new List<double>();
            var cpu = new List<double>();
            var pauses = new List<double>();
            long allocated = 0;
            using var process = Process.GetCurrentProcess();
            for (var round = 0; round < 3; round++)
            {
                GC.Collect();
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var pauseBefore = GC.GetTotalPauseDuration();
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var watch = Stopwatch.StartNew();
                benchmark.Generate();
                times.Add(watch.Elapsed.TotalMilliseconds);
                allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
                pauses.Add((GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds);
                process.Refresh();
                cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            }

            var median = times.Order().ElementAt(1);
            Console.WriteLine($"{facts}\t{yaml.Length / 1024}\t{seeds.Values.Sum(s => s.Length) / 1024}\t{generated / 1024}\t{median:F0}\t{allocated / (1024 * 1024)}\t{median * 1000 / facts:F1}\t{cpu.Order().ElementAt(1):F0}\t{pauses.Order().ElementAt(1):F0}");
        }
    }
}
