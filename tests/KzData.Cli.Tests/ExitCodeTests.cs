using System.Diagnostics;
using KzData.Cli.Tests.Infrastructure;

namespace KzData.Cli.Tests;

/// <summary>Exit codes: 0 clean, 1 on any KZ error or warning (the build fails on both), 2 on a usage error.</summary>
public sealed class ExitCodeTests
{
    [Fact]
    public void Check_exits_0_on_the_real_file_and_1_on_a_broken_one()
    {
        using var broken = new RealRepo(Mistakes.MisspelledKey.Apply(RealRepo.RealYaml));

        CliRunner.Run("check", RealRepo.RealFactsPath).ExitCode.ShouldBe(0);
        CliRunner.Run("check", broken.FactsPath).ExitCode.ShouldBe(1);
    }

    [Fact]
    public void A_warning_fails_the_check_as_it_fails_the_build()
    {
        // KZ3003: a quote under six words is a warning, and the build treats warnings as errors.
        using var repo = new RealRepo(Mistakes.ReplaceOnce(RealRepo.RealYaml, "quote: \"Actually, very few have sided with Russia.\"", "quote: \"very few have sided\""));

        var result = CliRunner.Run("check", repo.FactsPath);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Output.ShouldContain("warning KZ3003");
        result.Error.ShouldContain(": 0 errors, ");
        result.Error.ShouldContain("; KZ warnings fail the build too");
    }

    [Fact]
    public void A_missing_file_is_a_usage_error()
    {
        var result = CliRunner.Run("check", "no/such/facts.yaml");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("fact file 'no/such/facts.yaml' not found");
    }

    [Fact]
    public void Help_says_that_warnings_fail_too()
    {
        var result = CliRunner.Run("check", "--help");

        result.ExitCode.ShouldBe(0);
        result.Output.ShouldContain("1 when there is any KZ error or warning (the build treats KZ warnings as errors");
        result.Output.ShouldContain("--format");
        result.Output.ShouldContain("--watch");
    }

    [Fact]
    public void The_tool_process_exits_0_and_1()
    {
        using var broken = new RealRepo(Mistakes.ImpossibleDate.Apply(RealRepo.RealYaml));

        var (clean, _) = RunProcess("check", RealRepo.RealFactsPath);
        var (failed, output) = RunProcess("check", broken.FactsPath);

        clean.ShouldBe(0);
        failed.ShouldBe(1);
        output.ShouldContain("): error KZ1006: '2022-02-30' is not a valid date: February 2022 has 28 days");
    }

    private static (int ExitCode, string Output) RunProcess(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "KzData.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit(60_000).ShouldBeTrue("kzdata did not finish in 60 s");
        return (process.ExitCode, output.Result + error.Result);
    }
}
