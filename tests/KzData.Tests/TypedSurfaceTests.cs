namespace KzData.Tests;

/// <summary>What a C# consumer sees: named members, lookups, resolved references, version.</summary>
public sealed class TypedSurfaceTests
{
    [Fact]
    public void Named_members_are_the_same_objects_as_the_lists()
    {
        var fact = Facts.UnGeneralAssemblyAbstention;

        fact.Id.ShouldBe("un-general-assembly-abstention");
        Dataset.Facts.ShouldContain(fact);
        Dataset.TryGetFact(fact.Id, out var found).ShouldBeTrue();
        found.ShouldBeSameAs(fact);
        Entities.KassymJomartTokayev.Name.ShouldBe("Kassym-Jomart Tokayev");
        Sources.KazakhstanConcernedAboutInvasion.TextQuality.ShouldBe(TextQuality.MachineTranslated);
    }

    [Fact]
    public void References_are_resolved_objects()
    {
        var fact = Facts.UnGeneralAssemblyAbstention;

        fact.Entities.ShouldContain(Entities.Kazakhstan);
        fact.Evidence.Select(e => e.Source).Distinct().Count().ShouldBeGreaterThan(1);
        fact.Evidence.ShouldAllBe(e => Dataset.Sources.Contains(e.Source));
    }

    [Fact]
    public void Unknown_ids_are_not_found()
    {
        Dataset.TryGetFact("no-such-fact", out var fact).ShouldBeFalse();
        fact.ShouldBeNull();
        Dataset.TryGetEntity("tokaev", out _).ShouldBeFalse();
        Dataset.TryGetSource("", out _).ShouldBeFalse();
    }

    [Fact]
    public void Lists_cannot_be_mutated_by_consumers()
    {
        Should.Throw<NotSupportedException>(() => ((IList<Fact>)Dataset.Facts)[0] = Dataset.Facts[1]);
        Should.Throw<NotSupportedException>(() => ((IList<Evidence>)Dataset.Facts[0].Evidence).Clear());
    }

    // That it is the hash of the emitted data, and changes exactly with it, is proved in the generator's VersionAndEscapingTests.
    [Fact]
    public void The_version_is_sixteen_hex_digits()
    {
        Dataset.Version.ShouldMatch("^[0-9a-f]{16}$");
    }

    [Fact]
    public void Facts_can_be_queried_with_linq()
    {
        var migration = Dataset.Facts.Where(f => f.Topic == Topic.Migration && f.Quantity is not null).ToList();

        migration.ShouldNotBeEmpty();
        migration.ShouldContain(f => f.Quantity!.Value == 200000m && f.Quantity.Bound == QuantityBound.AtLeast);
        Dataset.Facts.Where(f => f.AttributedTo == Entities.KassymJomartTokayev).ShouldNotBeEmpty();
    }
}
