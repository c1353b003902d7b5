namespace KzData.Api.Infrastructure;

/// <summary>The HTTP methods every endpoint answers.</summary>
internal static class ReadMethods
{
    /// <summary>
    /// GET and HEAD (the OpenAPI document lists only the GET). Handlers are mapped with MapMethods at
    /// their call sites so the request delegate generator can see them.
    /// </summary>
    public static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];
}
