namespace KzData.Api.Infrastructure;

internal static class EndpointExtensions
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>Maps GET and HEAD to one handler; the OpenAPI document lists only the GET.</summary>
    public static RouteHandlerBuilder MapGetAndHead(this IEndpointRouteBuilder app, string pattern, Delegate handler) =>
        app.MapMethods(pattern, GetAndHead, handler);
}
