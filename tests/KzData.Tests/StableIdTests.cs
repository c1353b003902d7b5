using System.Reflection;
using KzData.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KzData.Tests;

/// <summary>
/// Ids are public API: every released id (src/KzData/released-ids.txt) stays a fact or is retired; a renamed or
/// merged fact keeps its member, obsolete, returning its replacement; a removed one is listed with its reason.
/// </summary>
public sealed class StableIdTests
{
    private const string UpdateVariable = "KZDATA_UPDATE_RELEASED_IDS";

    private static readonly string ReleasedPath = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "KzData", "released-ids.txt"));

    public static TheoryData<string> Replaced => new(Dataset.Retired.Where(r => r.ReplacedBy is not null).Select(r => r.Id));

    public static TheoryData<string> Removed => new(Dataset.Retired.Where(r => r.ReplacedBy is null).Select(r => r.Id));

    /// <summary>
    /// The release step: with KZDATA_UPDATE_RELEASED_IDS=1 every current fact id is added (nothing is ever removed:
    /// the file only grows, so a stale copy cannot drop an id). Without it, the file is checked to be sorted and unique.
    /// </summary>
    [Fact]
    public void Released_ids_are_sorted_unique_and_only_ever_grow()
    {
        var committed = File.ReadAllLines(ReleasedPath);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            var grown = committed.Concat(Dataset.Facts.Select(f => f.Id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            File.WriteAllText(ReleasedPath, string.Join("\n", grown) + "\n");
            committed.ShouldAllBe(id => grown.Contains(id));
            committed = grown;
        }

        committed.ShouldBe(committed.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(), "released-ids.txt is one id per line, sorted and unique; run the tests with KZDATA_UPDATE_RELEASED_IDS=1 to rewrite it");
        committed.ShouldAllBe(id => id.Length > 0);
    }

    [Fact]
    public void Every_released_id_is_a_fact_or_retired_and_every_retired_id_was_released()
    {
        var released = File.ReadAllLines(ReleasedPath).ToHashSet(StringComparer.Ordinal);

        foreach (var id in released)
        {
            (Dataset.TryGetFact(id, out _) || Dataset.TryGetRetired(id, out _)).ShouldBeTrue(id);
        }

        foreach (var retired in Dataset.Retired)
        {
            released.ShouldContain(retired.Id, "a retired id that was never released needs no forwarding entry");
        }
    }

    [Theory]
    [MemberData(nameof(Replaced))]
    public void A_replaced_id_keeps_an_obsolete_member_that_returns_its_replacement(string id)
    {
        Dataset.TryGetRetired(id, out var retired).ShouldBeTrue();
        var replacement = retired.ReplacedBy.ShouldNotBeNull();

        var member = typeof(Facts).GetProperty(Names.ToPascalCase(id), BindingFlags.Public | BindingFlags.Static).ShouldNotBeNull();
        member.GetValue(null).ShouldBeSameAs(replacement);
        member.GetCustomAttribute<ObsoleteAttribute>().ShouldNotBeNull().Message.ShouldBe($"use Facts.{Names.ToPascalCase(replacement.Id)}: {retired.Reason}");
        Dataset.TryGetFact(id, out _).ShouldBeFalse("a retired id is not a fact, even one that forwards");
        Dataset.Facts.ShouldContain(replacement);
    }

    [Theory]
    [MemberData(nameof(Removed))]
    public void A_removed_id_has_no_member_and_says_why(string id)
    {
        Dataset.TryGetRetired(id, out var retired).ShouldBeTrue();

        retired.Reason.ShouldNotBeNullOrWhiteSpace();
        typeof(Facts).GetProperty(Names.ToPascalCase(id)).ShouldBeNull();
        Dataset.TryGetFact(id, out _).ShouldBeFalse();
        retired.ToString().ShouldBe($"{id}: removed ({retired.Reason})");
    }

    /// <summary>Tried as a consumer would: code using the old member compiles against KzData.dll, warned with the new member's name.</summary>
    [Theory]
    [MemberData(nameof(Replaced))]
    public void Consumer_code_using_an_old_member_compiles_with_an_obsolete_warning_naming_the_new_one(string id)
    {
        var replacement = Dataset.Retired.Single(r => r.Id == id).ReplacedBy!;
        var code = $$"""
            using KzData;

            public static class Consumer
            {
                public static string Statement() => Facts.{{Names.ToPascalCase(id)}}.Statement;
            }
            """;

        var diagnostics = Compile(code);

        diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty(string.Join("\n", diagnostics));
        var warning = diagnostics.ShouldHaveSingleItem(string.Join("\n", diagnostics));
        warning.Id.ShouldBe("CS0618");
        warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain($"use Facts.{Names.ToPascalCase(replacement.Id)}:");
    }

    [Fact]
    public void Consumer_code_using_a_removed_fact_member_does_not_compile()
    {
        var removed = Dataset.Retired.FirstOrDefault(r => r.ReplacedBy is null);
        if (removed is null)
        {
            return;
        }

        var diagnostics = Compile($"public static class Consumer {{ public static object Fact() => KzData.Facts.{Names.ToPascalCase(removed.Id)}; }}");

        diagnostics.ShouldContain(d => d.Id == "CS0117", string.Join("\n", diagnostics));
    }

    private static List<Diagnostic> Compile(string code)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => !Path.GetFileName(p).StartsWith("KzData", StringComparison.Ordinal))
            .Append(typeof(Dataset).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(code)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        return compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
    }
}
