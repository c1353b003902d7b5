using KzData.Api.Infrastructure;

namespace KzData.Api.Fields;

/// <summary>
/// Reads <c>fields=</c> on the endpoints whose answer is JSON records (every list and item endpoint): a bad value is a
/// 400 problem naming the unknown fields with a did-you-mean and the valid ones; a good one is attached to the request
/// for <see cref="RepresentationCache"/>, which prunes the body once and caches it under the canonical selection.
/// </summary>
internal static class FieldSelectionMiddleware
{
    /// <summary>Runs after the unknown-parameter check, which already refuses <c>fields</c> where it does not apply.</summary>
    public static IApplicationBuilder UseFieldSelection(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (!context.Request.Query.TryGetValue(FieldSelection.ParameterName, out var values)
            || context.GetEndpoint() is not { } endpoint
            || FieldSchema.For(endpoint.Metadata) is not { } schema)
        {
            return next(context);
        }

        var reader = new QueryReader();
        var selection = values.Count == 1 ? FieldSelection.Parse(values[0] ?? string.Empty, schema, reader) : null;
        if (selection is null)
        {
            if (!reader.HasErrors)
            {
                reader.Fail(FieldSelection.ParameterName, $"{FieldSelection.ParameterName} may be given once, comma-separated.");
            }

            return reader.Problem().ExecuteAsync(context);
        }

        selection.AttachTo(context);
        return next(context);
    });
}
