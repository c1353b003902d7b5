using System.Text.RegularExpressions;

namespace KzData.Tests;

/// <summary>Invariants of the shipped dataset that a future edit of facts.yaml could break.</summary>
public sealed partial class DatasetInvariantTests
{
    /// <summary>The committed articles (seeds/*.txt), copied next to the tests.</summary>
    private static readonly string[] SeedFiles = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt");

    [Fact]
    public void The_dataset_is_not_empty_and_ids_are_unique()
    {
        // Counts are derived, never written down: one source per committed article, and some of everything.
        SeedFiles.ShouldNotBeEmpty();
        Dataset.Sources.Count.ShouldBe(SeedFiles.Length);
        Dataset.Facts.ShouldNotBeEmpty();
        Dataset.Entities.ShouldNotBeEmpty();
        Dataset.Facts.Select(f => f.Id).ShouldBeUnique();
        Dataset.Entities.Select(e => e.Id).ShouldBeUnique();
        Dataset.Sources.Select(s => s.Id).ShouldBeUnique();
    }

    [Fact]
    public void Every_fact_has_evidence_entities_and_a_clean_statement()
    {
        foreach (var fact in Dataset.Facts)
        {
            fact.Evidence.ShouldNotBeEmpty(fact.Id);
            fact.Entities.ShouldNotBeEmpty(fact.Id);
            fact.Statement.Trim().ShouldBe(fact.Statement, fact.Id);
            fact.Statement.ShouldEndWith(".", customMessage: fact.Id);
            (char.IsUpper(fact.Statement[0]) || char.IsDigit(fact.Statement[0])).ShouldBeTrue(fact.Id);
        }
    }

    [Fact]
    public void Every_evidence_offset_points_at_its_quote_in_the_article()
    {
        foreach (var fact in Dataset.Facts)
        {
            foreach (var evidence in fact.Evidence)
            {
                evidence.Start.ShouldBeGreaterThanOrEqualTo(0);
                evidence.Length.ShouldBeGreaterThan(0);
                (evidence.Start + evidence.Length).ShouldBeLessThanOrEqualTo(evidence.Source.Text.Length);

                var passage = Normalize(evidence.Source.Text.Substring(evidence.Start, evidence.Length));
                var pieces = Regex.Split(Normalize(evidence.Quote), @"\.\.\.|…").Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
                passage.ShouldStartWith(pieces[0], customMessage: fact.Id);
                passage.ShouldEndWith(pieces[^1], customMessage: fact.Id);
                var at = 0;
                foreach (var piece in pieces)
                {
                    at = passage.IndexOf(piece, at, StringComparison.Ordinal);
                    at.ShouldBeGreaterThanOrEqualTo(0, $"{fact.Id}: '{piece}' not in order");
                    at += piece.Length;
                }

                var line = 1 + evidence.Source.Text[..evidence.Start].Count(c => c == '\n');
                evidence.Line.ShouldBe(line, fact.Id);
            }
        }
    }

    [Fact]
    public void Conflicts_are_symmetric_and_never_self_references()
    {
        foreach (var fact in Dataset.Facts)
        {
            foreach (var other in fact.ConflictsWith)
            {
                other.ShouldNotBe(fact);
                other.ConflictsWith.ShouldContain(fact, $"{other.Id} does not list {fact.Id}");
            }
        }

        // Not vacuous: the dataset does link disagreeing versions.
        Dataset.Facts.Count(f => f.ConflictsWith.Count > 0).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Every_source_has_a_media_publisher_a_published_date_and_a_person_or_no_author()
    {
        foreach (var source in Dataset.Sources)
        {
            source.Publisher.ShouldNotBeNull(source.Id);
            source.Publisher.Kind.ShouldBe(EntityKind.Media, source.Id);
            source.Published.ShouldNotBeNull(source.Id);
            source.Published.Value.Month.ShouldNotBeNull($"{source.Id}: as-of dates must be month-precise");
            (source.Author is null || source.Author.Kind == EntityKind.Person).ShouldBeTrue(source.Id);
        }
    }

    [Fact]
    public void Every_fact_is_classified()
    {
        // kind is a required key, so the build already refuses an unclassified fact; this guards the typed surface.
        Dataset.Facts.Where(f => f.Kind is null).Select(f => f.Id).ShouldBeEmpty();
    }

    [Fact]
    public void Every_statement_and_assessment_has_a_resolved_claimant()
    {
        foreach (var fact in Dataset.Facts)
        {
            switch (fact.Kind)
            {
                case ClaimKind.Statement:
                    fact.AttributedTo.ShouldNotBeNull($"{fact.Id} is a statement: who said it?");
                    fact.Claimant.ShouldBe(fact.AttributedTo, fact.Id);
                    break;
                case ClaimKind.Assessment:
                    fact.Claimant.ShouldNotBeNull($"{fact.Id} is an assessment: whose view is it?");
                    fact.Claimant.ShouldBe(fact.AttributedTo ?? fact.Evidence[0].Source.Author, fact.Id);
                    break;
                case ClaimKind.Event:
                    fact.Claimant.ShouldBe(fact.AttributedTo, fact.Id);
                    break;
            }
        }
    }

    [Fact]
    public void Every_fact_is_as_of_its_earliest_source()
    {
        foreach (var fact in Dataset.Facts)
        {
            fact.AsOf.ShouldNotBeNull(fact.Id);
            fact.AsOf.ShouldBe(fact.Evidence.Select(e => e.Source.Published!.Value).Min(), fact.Id);
        }
    }

    [Fact]
    public void Every_fact_has_a_month_precise_as_of_date()
    {
        // The explorer's timeline places an undated fact by its as-of date: a year alone would place it nowhere useful.
        foreach (var fact in Dataset.Facts)
        {
            fact.AsOf.ShouldNotBeNull($"{fact.Id} has no as-of date: do its sources have a published date?");
            fact.AsOf.Value.Month.ShouldNotBeNull($"{fact.Id}: as-of {fact.AsOf} is a year only; give its earliest source a published month (or day)");
        }

        // Not vacuous: the timeline needs it for undated facts, and the dataset has them.
        Dataset.Facts.ShouldContain(f => f.Date == null);
    }

    [Fact]
    public void Every_source_is_cited_every_topic_and_entity_used()
    {
        var cited = Dataset.Facts.SelectMany(f => f.Evidence).Select(e => e.Source).ToHashSet();
        Dataset.Sources.ShouldAllBe(s => cited.Contains(s));

        Enum.GetValues<Topic>().ShouldAllBe(t => Dataset.Facts.Any(f => f.Topic == t));

        var used = Dataset.Facts.SelectMany(f => f.Entities.Append(f.AttributedTo)).OfType<Entity>()
            .Concat(Dataset.Entities.SelectMany(e => e.MemberOf))
            .Concat(Dataset.Sources.SelectMany(s => new[] { s.Author, s.Publisher }).OfType<Entity>())
            .ToHashSet();
        foreach (var entity in Dataset.Entities)
        {
            used.ShouldContain(entity, entity.Id);
        }
    }

    [Fact]
    public void Every_alias_occurs_in_a_seed()
    {
        var seeds = Dataset.Sources.Select(s => Normalize(s.Text)).ToList();
        foreach (var entity in Dataset.Entities)
        {
            foreach (var alias in entity.Aliases)
            {
                var pattern = new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(Normalize(alias)));
                seeds.Any(pattern.IsMatch).ShouldBeTrue($"alias '{alias}' of {entity.Id} occurs in no seed");
            }

            entity.Aliases.ShouldNotContain(entity.Name);
            entity.Aliases.ShouldBeUnique();
        }
    }

    [Fact]
    public void Memberships_point_at_organizations()
    {
        Dataset.Entities.SelectMany(e => e.MemberOf).ShouldAllBe(o => o.Kind == EntityKind.Organization);
        Entities.Kazakhstan.MemberOf.ShouldContain(Entities.Csto);
    }

    [Fact]
    public void Periods_do_not_end_before_they_start()
    {
        foreach (var fact in Dataset.Facts.Where(f => f is { Date: not null, Until: not null }))
        {
            fact.Until!.Value.End.ShouldBeGreaterThanOrEqualTo(fact.Date!.Value.Start, fact.Id);
        }
    }

    [Fact]
    public void Quotes_are_long_enough_to_trace()
    {
        foreach (var evidence in Dataset.Facts.SelectMany(f => f.Evidence))
        {
            WordRegex().Matches(evidence.Quote).Count.ShouldBeGreaterThanOrEqualTo(6, evidence.Quote);
        }
    }

    [Fact]
    public void The_article_text_is_embedded_byte_for_byte()
    {
        var files = SeedFiles.Select(Path.GetFileName).ToList();
        files.Order().ShouldBe(Dataset.Sources.Select(s => s.File).Order(), "every seed file is a source and every source a seed file");
        foreach (var source in Dataset.Sources)
        {
            var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Seeds", source.File));
            var utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            utf8.GetBytes(source.Text).ShouldBe(bytes, source.Id);
        }
    }

    /// <summary>The generator's own presentation folding (src/Common/QuoteText.cs, compiled into these tests too).</summary>
    internal static string Normalize(string text) => KzData.Common.QuoteText.Normalize(text);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordRegex();
}
