using System.Text.Json;

namespace KzData.Tests;

/// <summary>The generated enums, their JSON names and <see cref="Vocabularies.All"/> are one list.</summary>
public sealed class VocabularyTests
{
    /// <summary>Terms whose System.Text.Json spelling is not their vocabulary name, or enum members no term lists.</summary>
    private static List<string> Drift(Vocabulary vocabulary)
    {
        var problems = new List<string>();
        foreach (var term in vocabulary.Terms)
        {
            var wire = JsonSerializer.Serialize(term.Value, vocabulary.EnumType);
            if (wire != $"\"{term.Name}\"")
            {
                problems.Add($"{vocabulary.Name}: {term.Value} is written {wire}, the vocabulary says '{term.Name}'");
            }
        }

        var listed = vocabulary.Terms.Select(t => t.Value).ToHashSet();
        problems.AddRange(Enum.GetValues(vocabulary.EnumType).Cast<Enum>().Where(v => !listed.Contains(v)).Select(v => $"{vocabulary.Name}: {v} has no term"));
        return problems;
    }

    [Fact]
    public void Every_enum_is_written_by_its_vocabulary_names_with_no_converter_configured()
    {
        Vocabularies.All.Count.ShouldBeGreaterThanOrEqualTo(4);
        Vocabularies.All.SelectMany(Drift).ShouldBeEmpty();
        JsonSerializer.Serialize(Topic.DomesticPolitics).ShouldBe("\"domestic-politics\"");
        JsonSerializer.Deserialize<QuantityBound>("\"at-least\"").ShouldBe(QuantityBound.AtLeast);
    }

    [Fact]
    public void A_drifted_copy_of_a_vocabulary_is_caught()
    {
        var topics = Vocabularies.For<Topic>();
        var renamed = topics with { Terms = [.. topics.Terms.Select(t => t.Value.Equals(Topic.DomesticPolitics) ? t with { Name = "domestic_politics" } : t)] };
        var shortened = topics with { Terms = [.. topics.Terms.Skip(1)] };

        Drift(renamed).ShouldHaveSingleItem().ShouldContain("domestic-politics");
        Drift(shortened).ShouldHaveSingleItem().ShouldContain("has no term");
    }

    [Fact]
    public void Names_and_lookups_follow_the_vocabulary()
    {
        Vocabularies.NameOf(EntityKind.Organization).ShouldBe("organization");
        Vocabularies.For<TextQuality>().Name.ShouldBe("text-quality");
        Vocabularies.All.Select(v => v.Name).ShouldBeUnique();
    }
}
