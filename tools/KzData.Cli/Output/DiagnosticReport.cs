using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KzData.Cli.Engine;
using Microsoft.CodeAnalysis;

namespace KzData.Cli.Output;

/// <summary>The output formats of <c>kzdata check</c>.</summary>
internal enum ReportFormat
{
    /// <summary>MSBuild-style lines, as the build prints them: <c>path(line,col): error KZnnnn: message</c>.</summary>
    Text,

    /// <summary>A JSON object with the file, counts and each diagnostic.</summary>
    Json,

    /// <summary>SARIF 2.1.0, for code scanning (GitHub shows the results on the pull request's diff).</summary>
    Sarif,
}

/// <summary>Writes the build's KZ diagnostics for one fact file in each format.</summary>
internal static class DiagnosticReport
{
    public const string ToolName = "kzdata";
    public const string InformationUri = "https://github.com/kzdata/KzData";

    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Format(ReportFormat format, string path, IReadOnlyList<Diagnostic> diagnostics) => format switch
    {
        ReportFormat.Json => Json(path, diagnostics),
        ReportFormat.Sarif => Sarif(path, diagnostics),
        _ => Text(diagnostics),
    };

    /// <summary>One line per diagnostic, exactly as the compiler prints it.</summary>
    public static string Text(IReadOnlyList<Diagnostic> diagnostics)
    {
        var builder = new StringBuilder();
        foreach (var d in diagnostics)
        {
            builder.Append(Line(d)).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary><c>path(line,col): error KZnnnn: message</c>.</summary>
    public static string Line(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        var start = span.StartLinePosition;
        return string.Create(CultureInfo.InvariantCulture, $"{span.Path}({start.Line + 1},{start.Character + 1}): {Severity(d)} {d.Id}: {Message(d)}");
    }

    public static string Message(Diagnostic d) => d.GetMessage(CultureInfo.InvariantCulture);

    public static string Severity(Diagnostic d) => d.Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };

    /// <summary>A short summary: "2 errors, 1 warning" or "no KZ errors or warnings".</summary>
    public static string Summary(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        if (errors + warnings == 0)
        {
            return "no KZ errors or warnings";
        }

        return string.Create(CultureInfo.InvariantCulture, $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}");
    }

    public static string Json(string path, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteString("file", path);
            w.WriteNumber("errors", diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
            w.WriteNumber("warnings", diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
            w.WriteStartArray("diagnostics");
            foreach (var d in diagnostics)
            {
                var span = d.Location.GetLineSpan();
                w.WriteStartObject();
                w.WriteString("id", d.Id);
                w.WriteString("severity", Severity(d));
                w.WriteString("message", Message(d));
                w.WriteString("file", span.Path);
                w.WriteNumber("line", span.StartLinePosition.Line + 1);
                w.WriteNumber("column", span.StartLinePosition.Character + 1);
                w.WriteNumber("endLine", span.EndLinePosition.Line + 1);
                w.WriteNumber("endColumn", span.EndLinePosition.Character + 1);
                w.WriteString("title", d.Descriptor.Title.ToString(CultureInfo.InvariantCulture));
                w.WriteString("helpUri", d.Descriptor.HelpLinkUri);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>
    /// A SARIF 2.1.0 log: one run whose driver lists every KZ rule from the descriptor catalog (id,
    /// name, short and full description, help link, default level) and one result per diagnostic with
    /// its physical location and region (1-based lines and columns, character offset and length).
    /// </summary>
    public static string Sarif(string path, IReadOnlyList<Diagnostic> diagnostics)
    {
        var rules = GeneratorBridge.Rules;
        var ruleIndex = rules.Select((r, i) => (r.Descriptor.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();

            w.WriteStartObject("tool");
            w.WriteStartObject("driver");
            w.WriteString("name", ToolName);
            w.WriteString("fullName", "KzData fact file checker");
            w.WriteString("informationUri", InformationUri);
            w.WriteString("semanticVersion", typeof(DiagnosticReport).Assembly.GetName().Version?.ToString(3) ?? "1.0.0");
            w.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                var descriptor = rule.Descriptor;
                w.WriteStartObject();
                w.WriteString("id", descriptor.Id);
                w.WriteString("name", rule.Name);
                WriteText(w, "shortDescription", descriptor.Title.ToString(CultureInfo.InvariantCulture));
                WriteText(w, "fullDescription", descriptor.Description.ToString(CultureInfo.InvariantCulture));
                WriteText(w, "help", descriptor.Description.ToString(CultureInfo.InvariantCulture) + " See " + descriptor.HelpLinkUri);
                w.WriteString("helpUri", descriptor.HelpLinkUri);
                w.WriteStartObject("defaultConfiguration");
                w.WriteString("level", Level(descriptor.DefaultSeverity));
                w.WriteEndObject();
                w.WriteStartObject("properties");
                w.WriteString("category", descriptor.Category);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();

            w.WriteStartObject("originalUriBaseIds");
            w.WriteStartObject("SRCROOT");
            w.WriteString("uri", new Uri(EnsureTrailingSlash(Directory.GetCurrentDirectory())).AbsoluteUri);
            w.WriteEndObject();
            w.WriteEndObject();

            w.WriteStartArray("results");
            foreach (var d in diagnostics)
            {
                var span = d.Location.GetLineSpan();
                w.WriteStartObject();
                w.WriteString("ruleId", d.Id);
                if (ruleIndex.TryGetValue(d.Id, out var index))
                {
                    w.WriteNumber("ruleIndex", index);
                }

                w.WriteString("level", Level(d.Severity));
                WriteText(w, "message", Message(d));
                w.WriteStartArray("locations");
                w.WriteStartObject();
                w.WriteStartObject("physicalLocation");
                w.WriteStartObject("artifactLocation");
                w.WriteString("uri", UriPath(span.Path));
                if (!Path.IsPathRooted(span.Path))
                {
                    w.WriteString("uriBaseId", "SRCROOT");
                }

                w.WriteEndObject();
                w.WriteStartObject("region");
                w.WriteNumber("startLine", span.StartLinePosition.Line + 1);
                w.WriteNumber("startColumn", span.StartLinePosition.Character + 1);
                w.WriteNumber("endLine", span.EndLinePosition.Line + 1);
                w.WriteNumber("endColumn", span.EndLinePosition.Character + 1);
                w.WriteNumber("charOffset", d.Location.SourceSpan.Start);
                w.WriteNumber("charLength", d.Location.SourceSpan.Length);
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("columnKind", "utf16CodeUnits");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteText(Utf8JsonWriter w, string name, string text)
    {
        w.WriteStartObject(name);
        w.WriteString("text", text);
        w.WriteEndObject();
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    private static string UriPath(string path) =>
        Path.IsPathRooted(path) ? new Uri(path).AbsoluteUri : Uri.EscapeDataString(path).Replace("%2F", "/", StringComparison.Ordinal);

    private static string EnsureTrailingSlash(string dir) => dir.EndsWith('/') ? dir : dir + "/";
}
