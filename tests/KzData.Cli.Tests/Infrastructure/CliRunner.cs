namespace KzData.Cli.Tests.Infrastructure;

/// <summary>What one kzdata invocation printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>Runs kzdata in-process, exactly as its Main does, with captured output.</summary>
internal static class CliRunner
{
    public static CliResult Run(params string[] args) => RunAsync(args, CancellationToken.None).GetAwaiter().GetResult();

    public static async Task<CliResult> RunAsync(string[] args, CancellationToken cancellationToken, TextWriter? error = null)
    {
        var output = new StringWriter { NewLine = "\n" };
        var errors = error ?? new StringWriter { NewLine = "\n" };
        var code = await Cli.RunAsync(args, output, errors, cancellationToken);
        return new CliResult(code, output.ToString(), errors.ToString() ?? string.Empty);
    }
}
