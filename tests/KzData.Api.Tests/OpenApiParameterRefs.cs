using System.Text.Json.Nodes;

namespace KzData.Api.Tests;

/// <summary>Reads operation parameters that may be references to <c>#/components/parameters</c> (like <c>fields</c>).</summary>
internal static class OpenApiParameterRefs
{
    /// <summary>The parameter itself, or the component a <c>$ref</c> names.</summary>
    public static JsonNode Resolve(this JsonNode parameter, JsonNode document)
    {
        if (parameter["$ref"]?.GetValue<string>() is not { } reference)
        {
            return parameter;
        }

        const string prefix = "#/components/parameters/";
        reference.ShouldStartWith(prefix);
        return document["components"]!["parameters"]![reference[prefix.Length..]] ?? throw new InvalidOperationException($"{reference} is not in the document");
    }
}
