using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Text;

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

    /// <summary>The blob on <paramref name="method"/> (the generated loader's <c>typeof(Dataset).GetMethod(nameof(...), Flags)</c>), as UTF-8.</summary>
    /// <remarks>
    /// Under the JIT the bytes are read where they are, in the loaded assembly's metadata: constructing the attribute would
    /// decode megabytes into one more string (at 10,000 facts that more than doubled the first access). Native AOT keeps no
    /// ECMA metadata at run time, so there the attribute is constructed and its string encoded. Memory, not a span: a
    /// deferred string (<see cref="DataReader.DeferredString"/>) is decoded from it after the loader has returned.
    /// </remarks>
    public static unsafe ReadOnlyMemory<byte> Of(MethodInfo? method)
    {
        if (method is null)
        {
            throw new System.IO.InvalidDataException("a generated data blob's method is missing");
        }

        if (method.Module.Assembly.TryGetRawMetadata(out var metadata, out var length))
        {
            var reader = new MetadataReader(metadata, length);
            var definition = reader.GetMethodDefinition((MethodDefinitionHandle)MetadataTokens.EntityHandle(method.MetadataToken));
            foreach (var handle in definition.GetCustomAttributes())
            {
                // Its only attribute. The value: the prolog 0x0001, then the one string argument: UTF-8 length (compressed), bytes.
                var value = reader.GetBlobReader(reader.GetCustomAttribute(handle).Value);
                value.ReadUInt16();
                var size = value.ReadCompressedInteger();
                return new MetadataMemory(value.CurrentPointer, size).Memory;
            }
        }

        var attribute = method.GetCustomAttribute<DataBlobAttribute>()
            ?? throw new System.IO.InvalidDataException($"the generated data blob {method.Name} is missing");
        return Encoding.UTF8.GetBytes(attribute.Text);
    }
}
