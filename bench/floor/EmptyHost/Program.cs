// No configuration sources, no logging, no host services: Kestrel, routing and one endpoint. Less than this is not
// an ASP.NET Core app.
var builder = WebApplication.CreateEmptyBuilder(new() { Args = args });
builder.WebHost.UseKestrelCore().UseUrls(Environment.GetEnvironmentVariable("ASPNETCORE_URLS") ?? "http://127.0.0.1:5090");
builder.Services.AddRoutingCore();
var app = builder.Build();
app.MapGet("/health", () => "ok");
app.Run();
