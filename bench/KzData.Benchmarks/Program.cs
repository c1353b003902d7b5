using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/KzData.Benchmarks -- --filter '*'   BenchmarkDotNet (see docs/performance.md)
// dotnet run -c Release --project bench/KzData.Benchmarks -- phases        parse/validate/emit timings
if (args is ["phases"])
{
    KzData.Benchmarks.Phases.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
