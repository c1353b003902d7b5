using System.CommandLine;
using System.CommandLine.Help;
using System.Diagnostics;
using System.Globalization;
using KzData.Cli.Coverage;
using KzData.Cli.Engine;
using KzData.Cli.Output;
using KzData.Cli.Quotes;

namespace KzData.Cli;

/// <summary>The kzdata commands: check, quote, coverage. Exit codes: 0 clean, 1 findings, 2 a usage error.</summary>
internal sealed class Cli(TextWriter output, TextWriter error)
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int UsageError = 2;

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var root = new Cli(output, error).BuildRoot();
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return root.Parse(args).InvokeAsync(configuration, cancellationToken);
    }

    /// <summary>How long <c>check --watch</c> waits for saves to settle; tests shorten it.</summary>
    internal TimeSpan Debounce { get; init; } = CheckWatcher.DefaultDebounce;

    private Command BuildRoot()
    {
        // A plain command named as the tool is called (a RootCommand takes the assembly's name), with the root's help and version.
        var root = new Command("kzdata", "KzData's contributor loop: check facts.yaml with the build's own KZ diagnostics, find a passage to quote, see what the articles say that no fact cites yet.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        root.Subcommands.Add(CheckCommand());
        root.Subcommands.Add(QuoteCommand());
        root.Subcommands.Add(CoverageCommand());
        return root;
    }

    private static Option<string?> SeedsOption() => new("--seeds")
    {
        Description = "The directory of seed articles (*.txt). Default: the nearest seeds/ at or above the fact file's directory.",
        HelpName = "dir",
    };

    private static Option<string?> FactsOption() => new("--facts")
    {
        Description = $"The fact file. Default: {Workspace.DefaultFactsPath}, looked for from the current directory upwards.",
        HelpName = "file",
    };

    private Command CheckCommand()
    {
        var facts = new Argument<string?>("facts")
        {
            Description = $"The fact file to check. Default: {Workspace.DefaultFactsPath}, looked for from the current directory upwards.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var seeds = SeedsOption();
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (the build's 'path(line,col): error KZnnnn: message' lines), json, or sarif (SARIF 2.1.0 for code scanning).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var outputFile = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output.", HelpName = "file" };
        var watch = new Option<bool>("--watch", "-w") { Description = "Check again whenever facts.yaml or a seed is saved (Ctrl+C to stop)." };

        var command = new Command(
            "check",
            "Check a fact file exactly as the build does: the same KZ ids, messages, lines and columns, from the generator's own parse and validate code. "
            + "Exit code 0 when clean, 1 when there is any KZ error or warning (the build treats KZ warnings as errors, so they fail here too), 2 when a file is missing.")
        {
            facts, seeds, format, outputFile, watch,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                var workspace = Workspace.Resolve(parse.GetValue(facts), parse.GetValue(seeds));
                var reportFormat = Enum.Parse<ReportFormat>(parse.GetValue(format)!, ignoreCase: true);
                var file = parse.GetValue(outputFile);
                int Once() => Check(workspace, reportFormat, file);
                return parse.GetValue(watch)
                    ? await CheckWatcher.RunAsync(workspace, Once, error, Debounce, cancellationToken)
                    : Once();
            }
            catch (UsageException ex)
            {
                return Usage(ex);
            }
        });
        return command;
    }

    /// <summary>One check: the report to the output (or a file), a summary line to standard error.</summary>
    internal int Check(Workspace workspace, ReportFormat format, string? outputFile)
    {
        var clock = Stopwatch.StartNew();
        CheckOutcome outcome;
        try
        {
            outcome = workspace.Check();
        }
        catch (IOException ex)
        {
            error.WriteLine($"kzdata: {ex.Message}");
            return UsageError;
        }

        var report = DiagnosticReport.Format(format, workspace.DisplayPath, outcome.Diagnostics);
        if (outputFile is not null)
        {
            File.WriteAllText(outputFile, report);
        }
        else
        {
            output.Write(report);
            output.Flush();
        }

        var elapsed = clock.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        var warningsFail = outcome.Diagnostics.Any(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Warning) ? "; KZ warnings fail the build too" : string.Empty;
        error.WriteLine($"{workspace.DisplayPath}: {DiagnosticReport.Summary(outcome.Diagnostics)} ({outcome.Facts.Count} facts, {outcome.Sources.Count} sources, {elapsed} ms){warningsFail}");
        error.Flush();
        return outcome.Diagnostics.Count == 0 ? Clean : Findings;
    }

    private Command QuoteCommand()
    {
        var words = new Argument<string[]>("words")
        {
            Description = "A few words of the passage as you remember them; quotes, dashes, case and small wording differences do not matter.",
            Arity = ArgumentArity.OneOrMore,
        };
        var facts = FactsOption();
        var seeds = SeedsOption();
        var source = new Option<string?>("--source", "-s") { Description = "Only search this source (its id in facts.yaml).", HelpName = "id" };
        var top = new Option<int>("--top", "-n") { Description = "How many passages to show, best first.", DefaultValueFactory = _ => 3 };

        var command = new Command(
            "quote",
            "Find a passage in the seed articles and print a ready-to-paste evidence: block (source id, the full sentence or clause verbatim as the build accepts it, its line). "
            + "Exit code 0 when found, 1 when nothing matches.")
        {
            words, facts, seeds, source, top,
        };
        command.SetAction(parse =>
        {
            try
            {
                var workspace = Workspace.Resolve(parse.GetValue(facts), parse.GetValue(seeds));
                var sources = Sources(workspace, parse.GetValue(source));
                var query = string.Join(" ", parse.GetValue(words)!);
                var found = PassageFinder.Find(query, sources, Math.Max(1, parse.GetValue(top)));
                if (found.Count == 0)
                {
                    error.WriteLine($"kzdata: no passage of the articles matches \"{query}\"; try other words, or fewer");
                    return Findings;
                }

                for (var i = 0; i < found.Count; i++)
                {
                    output.Write((i == 0 ? "" : "\n") + EvidenceBlock.Write(found[i], i + 1, found.Count));
                }

                output.Flush();
                return Clean;
            }
            catch (UsageException ex)
            {
                return Usage(ex);
            }
        });
        return command;
    }

    private Command CoverageCommand()
    {
        var sourceId = new Argument<string?>("source-id") { Description = "Only this source (its id in facts.yaml). Default: every source.", Arity = ArgumentArity.ZeroOrOne };
        var facts = FactsOption();
        var seeds = SeedsOption();
        var summary = new Option<bool>("--summary") { Description = "Only the share of cited sentences, without listing the uncited ones." };

        var command = new Command(
            "coverage",
            "For each article, the share of its sentences that some fact's quote cites, and the sentences no fact cites yet (with line numbers).")
        {
            sourceId, facts, seeds, summary,
        };
        command.SetAction(parse =>
        {
            try
            {
                var workspace = Workspace.Resolve(parse.GetValue(facts), parse.GetValue(seeds));
                var id = parse.GetValue(sourceId);
                var outcome = Outcome(workspace);
                if (id is not null && outcome.Sources.All(s => s.Id != id))
                {
                    throw new UsageException($"unknown source '{id}'{GeneratorBridge.DidYouMean(id, outcome.Sources.Select(s => s.Id))}");
                }

                output.Write(CoverageReport.Text(CoverageReport.Compute(outcome, id), listUncited: !parse.GetValue(summary)));
                output.Flush();
                return Clean;
            }
            catch (UsageException ex)
            {
                return Usage(ex);
            }
        });
        return command;
    }

    /// <summary>Checks the file; warns when it has errors, since the sources and citations read from it may be incomplete.</summary>
    private CheckOutcome Outcome(Workspace workspace)
    {
        var outcome = workspace.Check();
        if (outcome.Diagnostics.Count > 0)
        {
            error.WriteLine($"kzdata: {workspace.DisplayPath} has {DiagnosticReport.Summary(outcome.Diagnostics)}; see 'kzdata check'");
        }

        if (outcome.Sources.Count == 0)
        {
            throw new UsageException($"no sources could be read from {workspace.DisplayPath}; fix it first ('kzdata check')");
        }

        return outcome;
    }

    private IReadOnlyList<SourceInfo> Sources(Workspace workspace, string? id)
    {
        var sources = Outcome(workspace).Sources;
        if (id is null)
        {
            return sources;
        }

        return sources.Where(s => s.Id == id).ToList() is { Count: > 0 } one
            ? one
            : throw new UsageException($"unknown source '{id}'{GeneratorBridge.DidYouMean(id, sources.Select(s => s.Id))}");
    }

    private int Usage(UsageException ex)
    {
        error.WriteLine($"kzdata: {ex.Message}");
        error.Flush();
        return UsageError;
    }
}
