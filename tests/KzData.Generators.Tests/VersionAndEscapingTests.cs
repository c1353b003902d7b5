using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using KzData.Generators.Emit;
using KzData.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KzData.Generators.Tests;

/// <summary>What the version hash and the literal escaping promise, checked against independent oracles.</summary>
public sealed partial class VersionAndEscapingTests
{
    private const string DatasetHint = "KzData.Dataset.g.cs";

    [Fact]
    public void The_version_is_the_SHA256_prefix_of_the_emitted_data()
    {
        var emitted = GeneratorRunner.Run(Fixture.ValidYaml, Fixture.Seeds).Sources[DatasetHint];
        var version = VersionRegex().Match(emitted);
        version.Success.ShouldBeTrue(emitted[..200]);

        // The hashed text is everything after the Version line and the blank line below it, up to the class's closing brace.
        var data = emitted[(version.Index + version.Length + 1)..^2];
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(data)))[..16];
        version.Groups[1].Value.ShouldBe(expected);
    }

    [Fact]
    public void The_version_changes_exactly_when_the_data_does()
    {
        var original = VersionOf(Fixture.ValidYaml);

        VersionOf(Fixture.ValidYaml).ShouldBe(original, "same input, same version");
        VersionOf("# a comment changes no data\n" + Fixture.ValidYaml).ShouldBe(original, "a comment is not data");
        VersionOf(Fixture.ValidYaml.Replace("took part in CSTO exercises", "joined CSTO exercises", StringComparison.Ordinal))
            .ShouldNotBe(original, "a statement edit is a new version");
        VersionOf(Fixture.ValidYaml.Replace("note: The two figures measure different things.", "note: The figures measure different things.", StringComparison.Ordinal))
            .ShouldNotBe(original, "a note edit is a new version");
    }

    public static TheoryData<string> Awkward => new()
    {
        string.Empty,
        "plain",
        "quote \" and backslash \\ and \\\"",
        "lines\nand\r\nreturns\tand tabs",
        "nul \0 bell \a escape \u001b delete \u007f",
        "next line \u0085 line separator \u2028 paragraph \u2029",
        "curly ‘quotes’ “and” dashes – — and emoji 🇰🇿",
        "lone surrogates \ud800 and \udfff",
        "{braces} and $interpolation {0}",
        "right-to-left override \u202e and isolate \u2066",
    };

    [Theory]
    [MemberData(nameof(Awkward))]
    public void A_string_literal_round_trips_through_the_compiler(string value)
    {
        var literal = CSharp.String(value);
        var tree = CSharpSyntaxTree.ParseText($"class C {{ string s = {literal}; }}", GeneratorRunner.ParseOptions);

        tree.GetDiagnostics().ShouldBeEmpty(literal);
        var token = tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().Single().Token;
        token.ValueText.ShouldBe(value);
        literal.ShouldNotContain('\n');
        literal.ShouldNotContain('\r');
    }

    [Fact]
    public void Every_awkward_string_round_trips_through_a_data_blob()
    {
        // The blobs are attribute strings, stored as UTF-8 and decoded by the runtime: a lone surrogate cannot survive that
        // (the emitter writes U+FFFD for it), everything else must come back as it was, and null as null.
        var values = Awkward.Cast<object[]>().Select(row => (string?)row[0]).Append(null).ToArray();
        var table = new DataTable();
        table.Int(values.Length);
        foreach (var value in values)
        {
            table.String(value);
        }

        var probe = new CodeWriter();
        probe.Line("namespace KzData;").Open("partial class Dataset");
        probe.Open("public static string?[] Probe()");
        probe.Line($"var d = new DataReader({Emitter.ReadBlob("ProbeNumbers")}, {Emitter.ReadBlob("ProbeStrings")});");
        probe.Line("var values = new string?[d.Int()];");
        probe.Line("for (var i = 0; i < values.Length; i++) values[i] = d.OptionalString();");
        probe.Line("d.End();");
        probe.Line("return values;");
        probe.Close();
        Emitter.Blob(probe, "ProbeNumbers", table.Numbers);
        Emitter.Blob(probe, "ProbeStrings", table.Strings);
        probe.Close();

        var generated = GeneratorRunner.Run(Fixture.ValidYaml, Fixture.Seeds).Sources.Values;
        var assembly = LibraryCompiler.CompileAndLoad(generated.Append(probe.ToString()));
        var read = (string?[])assembly.GetType("KzData.Dataset")!.GetMethod("Probe")!.Invoke(null, null)!;

        read.ShouldBe(values.Select(v => v?.Replace("\ud800", "\ufffd", StringComparison.Ordinal).Replace("\udfff", "\ufffd", StringComparison.Ordinal)).ToArray());
    }

    [Fact]
    public void Null_is_the_null_literal()
    {
        CSharp.String(null).ShouldBe("null");
    }

    [Theory]
    [InlineData("a < b & c > d", "a &lt; b &amp; c &gt; d")]
    [InlineData("  two\n\nlines \t here  ", "two lines here")]
    [InlineData("</summary><script>", "&lt;/summary&gt;&lt;script&gt;")]
    public void Doc_text_is_one_escaped_line(string value, string expected)
    {
        var doc = CSharp.Doc(value);

        doc.ShouldBe(expected);
        var tree = CSharpSyntaxTree.ParseText($"/// <summary>{doc}</summary>\nclass C {{ }}", GeneratorRunner.ParseOptions.WithDocumentationMode(Microsoft.CodeAnalysis.DocumentationMode.Diagnose));
        tree.GetDiagnostics().ShouldBeEmpty();
    }

    private static string VersionOf(string yaml)
    {
        var outcome = GeneratorRunner.Run(yaml, Fixture.Seeds);
        outcome.Errors.ShouldBeEmpty(outcome.Describe());
        return VersionRegex().Match(outcome.Sources[DatasetHint]).Groups[1].Value;
    }

    [GeneratedRegex("public static partial string Version => \"([0-9a-f]{16})\";\n")]
    private static partial Regex VersionRegex();
}
