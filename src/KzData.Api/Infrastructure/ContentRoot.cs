namespace KzData.Api.Infrastructure;

/// <summary>Where the app looks for appsettings.json and wwwroot.</summary>
internal static class ContentRoot
{
    /// <summary>
    /// The folder the app was started from (<see cref="AppContext.BaseDirectory"/>), unless a content root is given
    /// explicitly (<c>--contentRoot</c>, <c>ASPNETCORE_CONTENTROOT</c>, <c>DOTNET_CONTENTROOT</c>): then null, so the
    /// host's own resolution applies.
    /// </summary>
    public static string? Default(string[] args)
    {
        var given = args.Any(a => a.TrimStart('-', '/').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"));
        return given ? null : AppContext.BaseDirectory;
    }
}
