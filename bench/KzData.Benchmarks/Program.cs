using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/KzData.Benchmarks -- --filter '*'   BenchmarkDotNet (see docs/performance.md)
// dotnet run -c Release --project bench/KzData.Benchmarks -- phases        parse/validate/emit timings
// dotnet run -c Release --project bench/KzData.Benchmarks -- synthetic N DIR   a synthetic dataset to build (bench/scale.sh)
// dotnet run -c Release --project bench/KzData.Benchmarks -- driver N...      generator driver time and allocation at N facts
if (args is ["synthetic", var count, var directory])
{
    KzData.Benchmarks.Scale.Write(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), directory);
    return;
}

if (args is ["driver", .. var sizes])
{
    KzData.Benchmarks.Scale.Driver(sizes.Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)));
    return;
}

if (args is ["phases"])
{
    KzData.Benchmarks.Phases.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
