namespace KzData.Api.Infrastructure;

/// <summary>
/// <see cref="UseWhenExtensions.UseWhen"/> whose branch is built on the first request that takes it, not at startup.
/// The site branch (static files, Swagger UI, compression, status code pages) costs startup time in middleware
/// construction and JIT that an API-only process never needs; it rejoins the main pipeline exactly as UseWhen's does.
/// </summary>
internal static class LazyBranch
{
    public static IApplicationBuilder UseWhenLazily(this IApplicationBuilder app, Func<HttpContext, bool> predicate, Action<IApplicationBuilder> configuration)
    {
        // Created now, as UseWhen does: the branch sees the same services and properties.
        var branchBuilder = app.New();
        return app.Use(next =>
        {
            // Thread-safe: concurrent first requests build the branch once and all wait for it.
            var branch = new Lazy<RequestDelegate>(() =>
            {
                configuration(branchBuilder);
                branchBuilder.Run(next);
                return branchBuilder.Build();
            });
            return context => predicate(context) ? branch.Value(context) : next(context);
        });
    }
}
