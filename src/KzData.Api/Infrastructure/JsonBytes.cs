using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KzData.Api.Contracts;

namespace KzData.Api.Infrastructure;

/// <summary>
/// UTF-8 JSON that is the serialisation of a <typeparamref name="T"/>. Only <see cref="JsonBytes"/> makes
/// one, from a <see cref="JsonTypeInfo{T}"/>, so a body's declared type (and its OpenAPI schema) cannot
/// drift from the bytes sent.
/// </summary>
/// <typeparam name="T">The type the bytes are the JSON of.</typeparam>
internal readonly struct JsonBytes<T>
{
    internal JsonBytes(byte[] utf8) => Utf8 = utf8;

    /// <summary>The JSON text.</summary>
    public byte[] Utf8 { get; }
}

/// <summary>Makes <see cref="JsonBytes{T}"/>.</summary>
internal static class JsonBytes
{
    /// <summary>Serialises <paramref name="value"/> with the source-generated <paramref name="typeInfo"/>.</summary>
    public static JsonBytes<T> Of<T>(T value, JsonTypeInfo<T> typeInfo) => new(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));

    /// <summary>
    /// A page whose items are already serialised: the frame is <see cref="PageDto{T}"/> itself, serialised with
    /// no items, so every member and name of the page follows from the type; the items' bytes go between the
    /// brackets of its (only) empty array. A test proves the result equals serialising the page whole.
    /// </summary>
    public static JsonBytes<PageDto<T>> Page<T>(JsonTypeInfo<PageDto<T>> typeInfo, IReadOnlyCollection<JsonBytes<T>> items, int page, int pageSize, int total)
    {
        var frame = JsonSerializer.SerializeToUtf8Bytes(new PageDto<T> { Items = [], Page = page, PageSize = pageSize, Total = total }, typeInfo);
        var empty = frame.AsSpan().IndexOf("[]"u8);
        if (empty < 0)
        {
            throw new InvalidOperationException($"{typeInfo.Type} has no empty array to put the items in.");
        }

        var length = frame.Length + items.Sum(i => i.Utf8.Length) + Math.Max(0, items.Count - 1);
        var body = new byte[length];
        var at = 0;
        Append(frame.AsSpan(0, empty + 1));
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                Append(","u8);
            }

            Append(item.Utf8);
            first = false;
        }

        Append(frame.AsSpan(empty + 1));
        return new(body);

        void Append(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(body.AsSpan(at));
            at += bytes.Length;
        }
    }
}
