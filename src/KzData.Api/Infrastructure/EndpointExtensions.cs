namespace KzData.Api.Infrastructure;

internal static class EndpointExtensions
{
    /// <summary>
    /// Every endpoint answers GET and HEAD (the OpenAPI document lists only the GET). Handlers are
    /// mapped with MapMethods at their call sites so the request delegate generator can see them.
    /// </summary>
    public static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];
}
