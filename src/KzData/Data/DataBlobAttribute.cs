using System.Reflection;

namespace KzData;

/// <summary>
/// Holds one blob of the generated data, on an empty private method of <see cref="Dataset"/>. Why an attribute: a private
/// method and its attributes are left out of the reference assembly, so a data edit does not change what the API compiles
/// against (a u8 literal's bytes are a field of <c>&lt;PrivateImplementationDetails&gt;</c>, which is in it), and an
/// attribute's string is stored as UTF-8 in the #Blob heap, which has no 16 MB cap like the user-string heap of string
/// literals.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class DataBlobAttribute(string text) : Attribute
{
    /// <summary>What the generated loader passes to <see cref="Type.GetMethod(string, BindingFlags)"/> with the blob's method name.</summary>
    /// <remarks>
    /// A constant name on <c>typeof(Dataset)</c> with constant flags is what the trimmer and Native AOT recognise: they keep
    /// that method and its attributes, with no trim warning. A name passed in as a variable would lose that.
    /// </remarks>
    internal const BindingFlags Flags = BindingFlags.NonPublic | BindingFlags.Static;

    public string Text { get; } = text;

    /// <summary>The blob on <paramref name="method"/>, the generated loader's <c>typeof(Dataset).GetMethod(nameof(...), Flags)</c>.</summary>
    public static string Of(MethodInfo? method) =>
        method?.GetCustomAttribute<DataBlobAttribute>()?.Text
        ?? throw new System.IO.InvalidDataException($"the generated data blob {method?.Name ?? "(method not found)"} is missing");
}
