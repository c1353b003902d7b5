using System.Diagnostics;
using KzData;

// First access to Dataset.Facts in a fresh process: loading (decoding the compiled-in data) and the JIT of the loader.
// Prints wall milliseconds, the CPU milliseconds the process spent meanwhile (all threads: a busy machine inflates the
// wall time, not this), the bytes allocated, the fact count and the peak working set.
var process = Process.GetCurrentProcess();
var cpu = process.TotalProcessorTime;
var allocated = GC.GetTotalAllocatedBytes(precise: true);
var watch = Stopwatch.StartNew();
var count = Dataset.Facts.Count;
var elapsed = watch.Elapsed.TotalMilliseconds;
process.Refresh();
var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds;
var allocatedMb = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (1024.0 * 1024);
Console.WriteLine(FormattableString.Invariant($"{elapsed:F1} ms first access to Dataset.Facts ({cpuMs:F0} ms CPU, {allocatedMb:F1} MB allocated, {GC.CollectionCount(0)} gen0 / {GC.CollectionCount(1)} gen1 / {GC.CollectionCount(2)} gen2 GCs, {count} facts, peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MB)"));
