using System.Runtime.CompilerServices;

namespace KzData;

/// <summary>
/// How the dataset loader and <see cref="DataReader"/> are compiled. They run per token on first access, before tiered
/// compilation would promote them, so a plain (JIT) build compiles them fully optimized at once (AggressiveOptimization).
/// But crossgen2 skips AggressiveOptimization methods, so a ReadyToRun publish (KZDATA_READY_TO_RUN, set by
/// KzData.csproj when PublishReadyToRun is true) would JIT them at startup instead of using its precompiled,
/// already optimized code: there they carry no flag.
/// </summary>
internal static class LoaderCompilation
{
#if KZDATA_READY_TO_RUN
    public const MethodImplOptions Options = default;
#else
    public const MethodImplOptions Options = MethodImplOptions.AggressiveOptimization;
#endif
}
