using KzData.Common;
using KzData.Generators.Validation;


namespace KzData.Generators.Tests;

/// <summary>Quote matching, number forms, names and suggestions: the rules contributors rely on.</summary>
public sealed class MatchingTests
{
    private static readonly SeedText Seed = new("seed.txt", "Title line\nHe said: “We must take care of them” — and left.\nNearly  three-quarters\tof them quickly left, about 200,000 people.\n");

    [Theory]
    [InlineData("He said: \"We must take care of them\" - and left.")]
    [InlineData("He said: “We must take care of them” – and left.")]
    [InlineData("He   said:\n\"We must take care of them\"  —  and left.")]
    [InlineData("Nearly three-quarters of them quickly left")]
    [InlineData("He said: ... and left.")]
    [InlineData("He said: … quickly left, about 200,000 people.")]
    public void Presentation_differences_and_elisions_still_match(string quote) =>
        QuoteMatcher.Find(quote, Seed).ShouldNotBeNull();

    [Theory]
    [InlineData("he said: \"We must take care of them\"")]
    [InlineData("We must take good care of them")]
    [InlineData("quickly left ... Nearly three-quarters")]
    [InlineData("...")]
    public void Wording_case_and_order_must_match(string quote) =>
        QuoteMatcher.Find(quote, Seed).ShouldBeNull();

    [Fact]
    public void A_match_reports_the_original_offsets_and_line()
    {
        var match = QuoteMatcher.Find("three-quarters of them quickly left", Seed)!.Value;

        Seed.Original.Substring(match.Start, match.Length).ShouldBe("three-quarters\tof them quickly left");
        match.Line.ShouldBe(3);
    }

    [Fact]
    public void An_elided_match_spans_from_the_first_piece_to_the_last_and_is_tight()
    {
        var seed = new SeedText("s.txt", "the cat sat. the dog sat on the mat. the end");
        var match = QuoteMatcher.Find("the ... on the mat", seed)!.Value;

        seed.Original.Substring(match.Start, match.Length).ShouldBe("the dog sat on the mat");
    }

    [Fact]
    public void The_closest_passage_is_the_one_sharing_most_words()
    {
        var (line, text) = QuoteMatcher.ClosestPassage("Nearly three-quarters of them slowly left", Seed);

        text.ShouldStartWith("Nearly three-quarters of them quickly left");
        line.ShouldBe(3);
    }

    [Theory]
    [InlineData("no less than 200,000 Russians", 200000)]
    [InlineData("353 thousand citizens", 353000)]
    [InlineData("around nineteen million citizens", 19000000)]
    [InlineData("nearly 19 million people", 19000000)]
    [InlineData("80 percent of oil exports", 80)]
    [InlineData("Greater than 40 % of the market", 40)]
    [InlineData("of which 6940 for work", 6940)]
    [InlineData("nearly three-quarters of them", 75)]
    [InlineData("nearly three-quarters of them", 0.75)]
    [InlineData("a fifth of external trade", 20)]
    [InlineData("over half of the cargo", 50)]
    [InlineData("a 31 % stake", 31)]
    [InlineData("twenty-five deputies", 25)]
    [InlineData("1,000,000 barrels", 1000000)]
    [InlineData("grew by 1.5 percent", 1.5)]
    public void Numbers_are_read_in_the_forms_articles_use(string text, double value) =>
        NumberForms.Contains(text, (decimal)value).ShouldBeTrue(string.Join(", ", NumberForms.Extract(text)));

    [Theory]
    [InlineData("no less than 200,000 Russians", 20000)]
    [InlineData("353 thousand citizens", 354000)]
    [InlineData("in 2022", 22)]
    public void Numbers_not_stated_are_not_found(string text, double value) =>
        NumberForms.Contains(text, (decimal)value).ShouldBeFalse();

    [Theory]
    [InlineData("un-general-assembly-abstention", "UnGeneralAssemblyAbstention")]
    [InlineData("es-11-1", "Es111")]
    [InlineData("csto", "Csto")]
    public void Ids_become_pascal_case_names(string id, string name) => Names.ToPascalCase(id).ShouldBe(name);

    [Theory]
    [InlineData("CSTO_Exercises", "csto-exercises")]
    [InlineData("UnGeneralAssembly", "un-general-assembly")]
    [InlineData("2022 vote", "n-2022-vote")]
    [InlineData("Türkiye deal", "turkiye-deal")]
    public void Bad_ids_get_a_kebab_case_suggestion(string id, string suggestion) => Names.ToKebab(id).ShouldBe(suggestion);

    [Theory]
    [InlineData("Russian", "Russia", true)]
    [InlineData("Russia’s", "Russia", true)]
    [InlineData("Belarussian", "Russia", false)]
    [InlineData("russia", "Russia", false)]
    public void Mentions_match_at_word_starts_case_sensitively(string quote, string name, bool expected) =>
        Validator.Mentions(NormalizedText.Normalize(quote), NormalizedText.Normalize(name)).ShouldBe(expected);

    [Fact]
    public void Suggestions_use_id_parts_and_aliases()
    {
        var candidates = new[]
        {
            ("kassym-jomart-tokayev", (IEnumerable<string>)new[] { "kassym", "jomart", "tokayev", "Togolese" }),
            ("kazakhstan", new[] { "kazakhstan", "Kazakh" }),
        };

        Suggestions.Nearest("tokaev", candidates).ShouldBe("kassym-jomart-tokayev");
        Suggestions.Nearest("kazakstan", candidates).ShouldBe("kazakhstan");
        Suggestions.Nearest("zimbabwe", candidates).ShouldBeNull();
    }
}
