using KzData.Cli.Engine;
using KzData.Cli.Quotes;
using KzData.Cli.Tests.Infrastructure;
using KzData.Common;

namespace KzData.Cli.Tests;

/// <summary>
/// <c>kzdata quote</c> finds the passage for words remembered loosely and proposes a quote the build
/// accepts. Over every evidence quote of the real dataset (read from the built KzData library): its
/// first six words, lower case, straight quotes, lead to the passage it was taken from.
/// </summary>
public sealed class QuoteTests
{
    private static readonly Lazy<CheckOutcome> Real = new(() => Workspace.Resolve(RealRepo.RealFactsPath, RealRepo.RealSeedsPath).Check());

    public static TheoryData<string, int> EveryEvidence()
    {
        var data = new TheoryData<string, int>();
        foreach (var fact in KzData.Dataset.Facts)
        {
            for (var i = 0; i < fact.Evidence.Count; i++)
            {
                data.Add(fact.Id, i);
            }
        }

        return data;
    }

    [Fact]
    public void The_dataset_has_evidence_to_test()
    {
        EveryEvidence().Count().ShouldBeGreaterThan(300);
    }

    [Theory]
    [MemberData(nameof(EveryEvidence))]
    public void The_first_six_words_of_every_quote_find_its_passage(string factId, int index)
    {
        KzData.Dataset.TryGetFact(factId, out var fact).ShouldBeTrue();
        var evidence = fact!.Evidence[index];
        var query = FirstWords(evidence.Quote, 6);

        var found = PassageFinder.Find(query, Real.Value.Sources);

        found.ShouldNotBeEmpty($"nothing found for \"{query}\"");
        var best = found.Where(p => p.Score == found[0].Score).ToList();
        // The passage found is the quoted one: it holds the quote's start or, when an elision ('...') parts
        // the first six words, it lies within the quoted span.
        var passageStart = evidence.Start + evidence.Quote.TakeWhile(c => !char.IsLetterOrDigit(c)).Count();
        var elided = GeneratorBridge.Normalize(evidence.Quote).Contains("...", StringComparison.Ordinal) || evidence.Quote.Contains('\u2026', StringComparison.Ordinal);
        best.ShouldContain(
            p => p.Source.Id == evidence.Source.Id && (elided
                ? p.Start < evidence.Start + evidence.Length && evidence.Start < p.End
                : p.Start <= passageStart && passageStart < p.End),
            $"\"{query}\" should find {evidence.Source.Id} at offset {passageStart} (line {evidence.Line}); found:\n" + string.Join("\n", found.Select(p => $"{p.Score} {p.Source.Id} {p.Start}-{p.End}: {p.Quote}")));
        foreach (var passage in found)
        {
            GeneratorBridge.Accepts(passage.Quote, passage.Source.File, passage.Source.Text).ShouldBeTrue(passage.Quote);
        }
    }

    [Fact]
    public void The_query_is_the_quotes_start_in_lower_case_with_straight_quotes()
    {
        FirstWords("\u201CKazakhstan\u2019s position \u2014 regarding Moscow\u2019s plans to annex", 6).ShouldBe("\"kazakhstan's position - regarding moscow's");
    }

    /// <summary>The quote up to the end of its <paramref name="count"/>th word (as the build counts words), straight quotes, lower case.</summary>
    private static string FirstWords(string quote, int count)
    {
        var text = GeneratorBridge.Normalize(quote).ToLowerInvariant();
        var words = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1])) && ++words == count)
            {
                return text[..(i + 1)];
            }
        }

        return text;
    }

    [Fact]
    public void Quote_prints_a_ready_to_paste_evidence_block()
    {
        using var repo = new RealRepo();

        var result = CliRunner.Run("quote", "the kazakhstani government will not recognize", "--facts", repo.FactsPath);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldStartWith(
            "# 1 of 3: 100% match, 001_17e5ceb2024195e2.txt line 3\n"
            + "    evidence:\n"
            + "      - source: war-revealed-independent-kazakhstan\n"
            + "        quote: \"The Kazakhstani government will not recognize the illegal Russian referenda meant to validate the annexation of occupied Ukrainian regions into the Russian Federation.\"  # line 3\n");
    }

    [Fact]
    public void Curly_quotes_dashes_case_and_a_changed_word_are_tolerated()
    {
        // The article: “these three principles are interdependent. To respect one is to respect the other two.
        var found = PassageFinder.Find("\u201CThese three principles are INTERDEPENDENT \u2014 to respect one is to honour the other two\u201D", Real.Value.Sources);

        found.ShouldNotBeEmpty();
        found[0].Source.Id.ShouldBe("war-revealed-independent-kazakhstan");
        found[0].Quote.ShouldContain("these three principles are interdependent");
        found[0].Score.ShouldBeGreaterThan(0.8);
    }

    [Fact]
    public void A_pasted_block_passes_the_check()
    {
        using var repo = new RealRepo();
        var printed = CliRunner.Run("quote", "three principles are interdependent", "--top", "1", "--facts", repo.FactsPath).Output;
        var item = string.Concat(printed.Split('\n').SkipWhile(l => !l.StartsWith("      - source:", StringComparison.Ordinal)).Take(2).Select(l => l + "\n"));
        item.ShouldContain("quote:");

        // Paste it as a second evidence item of the first fact.
        var pasted = Mistakes.ReplaceOnce(RealRepo.RealYaml, "    evidence:\n", "    evidence:\n" + item);
        File.WriteAllText(repo.FactsPath, pasted);
        var check = CliRunner.Run("check", repo.FactsPath);

        check.ExitCode.ShouldBe(0, check.ToString() + "\n" + item);
    }

    [Fact]
    public void Quote_limits_to_one_source_and_says_when_nothing_matches()
    {
        using var repo = new RealRepo();

        var one = CliRunner.Run("quote", "kazakhstan", "abstained", "--source", "kazakhstan-struggles-with-russia", "--facts", repo.FactsPath);
        var none = CliRunner.Run("quote", "zebra giraffe hippopotamus", "--facts", repo.FactsPath);
        var typo = CliRunner.Run("quote", "kazakhstan abstained", "--source", "kazakhstan-struggles-with-rusia", "--facts", repo.FactsPath);

        one.ExitCode.ShouldBe(0, one.ToString());
        one.Output.Split('\n').Where(l => l.Contains("- source:")).ShouldAllBe(l => l.EndsWith("kazakhstan-struggles-with-russia"));
        none.ExitCode.ShouldBe(1);
        none.Error.ShouldContain("no passage");
        typo.ExitCode.ShouldBe(2);
        typo.Error.ShouldContain("did you mean 'kazakhstan-struggles-with-russia'?");
    }

    [Fact]
    public void A_quote_is_written_as_a_YAML_double_quoted_scalar_that_reads_back_verbatim()
    {
        const string passage = "He said \"no\" \\ and \u201Cyes\u201D \u2014 twice: #1 ok";

        var written = EvidenceBlock.DoubleQuoted(passage);
        var yaml = new YamlDotNet.RepresentationModel.YamlStream();
        yaml.Load(new StringReader("quote: " + written + "  # line 1\n"));

        written.ShouldBe("\"He said \\\"no\\\" \\\\ and \u201Cyes\u201D \u2014 twice: #1 ok\"");
        ((YamlDotNet.RepresentationModel.YamlMappingNode)yaml.Documents[0].RootNode)["quote"].ToString().ShouldBe(passage);
    }

    [Fact]
    public void Sentences_split_at_ends_not_at_abbreviations_or_elisions()
    {
        const string text = "Mr. Smith met U.S. officials ... and left. \u201CWe agree,\u201D he said. Next line?\nSecond paragraph.";

        var sentences = Sentences.Split(text);

        sentences.Select(s => text[s.Start..s.End]).ShouldBe(new[]
        {
            "Mr. Smith met U.S. officials ... and left.",
            "\u201CWe agree,\u201D he said.",
            "Next line?",
            "Second paragraph.",
        });
        sentences.Select(s => s.Line).ShouldBe(new[] { 1, 1, 1, 2 });
    }
}
