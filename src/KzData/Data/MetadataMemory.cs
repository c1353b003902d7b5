using System.Buffers;

namespace KzData;

/// <summary>
/// Bytes of the loaded assembly's metadata as <see cref="Memory{T}"/>, so a value can be decoded after the loader has
/// returned (see <see cref="DataReader.DeferredString"/>). The memory is the runtime's image of the assembly: it stays
/// mapped, at the same address, for as long as the assembly is loaded, which is as long as any of its objects is
/// reachable, so it never needs pinning or freeing.
/// </summary>
internal sealed unsafe class MetadataMemory(byte* pointer, int length) : MemoryManager<byte>
{
    public override Span<byte> GetSpan() => new(pointer, length);

    public override MemoryHandle Pin(int elementIndex = 0) => new(pointer + elementIndex);

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
    }
}
