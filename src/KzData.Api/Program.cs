using KzData.Api.Apis;
using KzData.Api.Contracts;
using KzData.Api.Exports;
using KzData.Api.Fields;
using KzData.Api.LinkedData;
using KzData.Api.Infrastructure;
using KzData.Api.OpenApi;
using Microsoft.AspNetCore.ResponseCompression;

// The content root is the app's own folder, not the working directory: started from anywhere, it finds its
// appsettings.json and wwwroot (a content root given on the command line or by a test host still wins).
// appsettings.json is read once: the data and settings change only with a deploy (a restart), so no file watcher
// (an inotify thread and a watch per folder under the content root, wwwroot included) is set up at startup. First in
// the arguments, so a --hostBuilder:reloadConfigOnChange=true given on the command line still wins.
var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
{
    Args = ["--hostBuilder:reloadConfigOnChange=false", .. args],
    ContentRootPath = ContentRoot.Default(args),
});
// A plain build output has no wwwroot of its own: its static web assets manifest points at the project's
// files. Loaded in every environment (the framework does it in Development only); a publish output has no manifest.
builder.WebHost.UseStaticWebAssets();
builder.AddHardening();

builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, AppJsonContext.Web));
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Add(ExportJsonContext.Web));
builder.Services.AddProblemDetails();
builder.Services.AddCors(o => o.AddDefaultPolicy(p => p
    .AllowAnyOrigin()
    .WithMethods(HttpMethods.Get, HttpMethods.Head)
    .AllowAnyHeader()
    .WithExposedHeaders("ETag", "Link", "Content-Disposition")));
builder.Services.AddResponseCompression(o =>
{
    o.EnableForHttps = true;
    o.Providers.Add<BrotliCompressionProvider>();
    o.Providers.Add<GzipCompressionProvider>();
});
builder.Services.AddSingleton<ApiData>();
builder.Services.AddSingleton<RepresentationCache>();
builder.Services.AddSingleton<OpenApiDocumentCache>();
builder.Services.AddKzDataOpenApi();

var app = builder.Build();

// problem+json with a trace id for any failure, never a stack trace (also in Development).
app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = _ => StatusCodes.Status500InternalServerError });
// Forwarded headers (configured proxies only), CORS, security headers, refusals, rate limiter, unknown parameters.
app.UseHardening();
// fields= sparse fieldsets: a bad selection is a 400 before any handler runs.
app.UseFieldSelection();

// The OpenAPI document is generated once and then served like any cached API answer.
OpenApiDocumentCache.UseOpenApiDocumentCache(app, OpenApiSetup.DocumentPath);

// Everything outside /api: the fact explorer (wwwroot/index.html at "/"), Swagger UI, and response
// compression and problem+json for their errors. API requests skip this branch: they never touch the file system, and their
// bodies are compressed once and cached by RepresentationResult.
app.UseWhenLazily(c => !c.Request.Path.StartsWithSegments("/api"), site =>
{
    site.UseStatusCodePages();
    site.UseWhen(c => c.Request.Path.StartsWithSegments("/swagger"), swagger => swagger.Use((context, next) =>
    {
        // Swagger UI announces its version; nothing needs it.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.Remove("x-swagger-ui-version");
            return Task.CompletedTask;
        });
        return next(context);
    }));
    site.UseResponseCompression();
    site.UseDefaultFiles();
    site.UseStaticFiles();
    site.UseSwaggerUI(o =>
    {
        o.SwaggerEndpoint(OpenApiSetup.DocumentPath, "KzData v1");
        o.RoutePrefix = "swagger";
        o.DocumentTitle = "KzData API";
    });
});

app.MapOpenApi(OpenApiSetup.DocumentPath);
app.MapFactsApi();
app.MapLinkedDataApi();
app.MapEntitiesApi();
app.MapSourcesApi();
app.MapDatasetApi();
app.MapExportsApi();
app.MapUnknownApiRoutes();

app.Run();
