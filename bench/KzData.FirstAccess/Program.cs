using System.Diagnostics;
using KzData;

// First access to Dataset.Facts in a fresh process: loading (decoding the compiled-in data) and the JIT of the loader.
// Prints milliseconds, the fact count, and the process's peak working set.
var watch = Stopwatch.StartNew();
var count = Dataset.Facts.Count;
var elapsed = watch.Elapsed.TotalMilliseconds;
Console.WriteLine(FormattableString.Invariant($"{elapsed:F1} ms first access to Dataset.Facts ({count} facts), peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB"));
