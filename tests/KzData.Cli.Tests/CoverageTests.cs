using KzData.Cli.Tests.Infrastructure;

namespace KzData.Cli.Tests;

/// <summary><c>kzdata coverage</c>: per article, the share of sentences some quote cites and the sentences none does.</summary>
public sealed class CoverageTests
{
    [Fact]
    public void Every_article_has_a_share_and_the_total_adds_up()
    {
        var result = CliRunner.Run("coverage", "--summary", "--facts", RealRepo.RealFactsPath);

        result.ExitCode.ShouldBe(0, result.ToString());
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(KzData.Dataset.Sources.Count + 1);
        foreach (var source in KzData.Dataset.Sources)
        {
            lines.ShouldContain(l => l.StartsWith($"{source.Id} ({source.File}): ", StringComparison.Ordinal) && l.Contains(" sentences cited ("));
        }

        lines[^1].ShouldStartWith("all articles: ");
    }

    [Fact]
    public void Uncited_sentences_are_those_no_quote_of_the_built_dataset_overlaps()
    {
        var source = KzData.Dataset.Sources.Single(s => s.Id == "kazakhstan-struggles-with-russia");
        var spans = KzData.Dataset.Facts.SelectMany(f => f.Evidence).Where(e => e.Source == source).Select(e => (e.Start, End: e.Start + e.Length)).ToList();
        var lines = source.Text.Split('\n');

        var result = CliRunner.Run("coverage", source.Id, "--facts", RealRepo.RealFactsPath);

        result.ExitCode.ShouldBe(0, result.ToString());
        var uncited = result.Output.Split('\n').Where(l => l.StartsWith("  line ", StringComparison.Ordinal)).ToList();
        uncited.ShouldNotBeEmpty();
        foreach (var entry in uncited)
        {
            var colon = entry.IndexOf(": ", StringComparison.Ordinal);
            var line = int.Parse(entry[7..colon], System.Globalization.CultureInfo.InvariantCulture);
            var sentence = entry[(colon + 2)..];
            lines[line - 1].ShouldContain(sentence);
            var start = source.Text.IndexOf(sentence, StringComparison.Ordinal);
            spans.ShouldNotContain(q => q.Start < start + sentence.Length && start < q.End, sentence);
        }
    }

    [Fact]
    public void Removing_the_fact_that_cites_a_sentence_uncovers_it()
    {
        const string sentence = "Actually, very few have sided with Russia.";
        var start = RealRepo.RealYaml.IndexOf("  - id: very-few-states-sided-with-russia\n", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0);
        var end = RealRepo.RealYaml.IndexOf("\n  - id: ", start + 1, StringComparison.Ordinal) + 1;
        using var repo = new RealRepo(RealRepo.RealYaml[..start] + RealRepo.RealYaml[end..]);

        var before = CliRunner.Run("coverage", "consequences-of-war-for-kazakhstan", "--facts", RealRepo.RealFactsPath);
        var after = CliRunner.Run("coverage", "consequences-of-war-for-kazakhstan", "--facts", repo.FactsPath);

        before.Output.ShouldNotContain(sentence);
        after.ExitCode.ShouldBe(0, after.ToString());
        after.Output.ShouldContain(": " + sentence);
        Cited(after.Output).ShouldBe(Cited(before.Output) - 1);
    }

    private static int Cited(string output)
    {
        var first = output.Split('\n')[0];
        var at = first.IndexOf("): ", StringComparison.Ordinal) + 3;
        return int.Parse(first[at..first.IndexOf(' ', at)], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void An_unknown_source_is_a_usage_error_with_a_suggestion()
    {
        var result = CliRunner.Run("coverage", "kazakhstan-struggles-with-rusia", "--facts", RealRepo.RealFactsPath);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("unknown source 'kazakhstan-struggles-with-rusia'; did you mean 'kazakhstan-struggles-with-russia'?");
    }
}
