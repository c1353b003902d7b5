using System.Collections.Concurrent;

var builder = WebApplication.CreateSlimBuilder(args);
var app = builder.Build();

// One pre-allocated array per requested size: after the first request, serving is a copy to the socket.
var bodies = new ConcurrentDictionary<int, byte[]>();

app.MapGet("/bytes/{size:int}", (int size, HttpContext context) =>
{
    if (size is < 0 or > 16 * 1024 * 1024)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return Task.CompletedTask;
    }

    var body = bodies.GetOrAdd(size, static n => Enumerable.Repeat((byte)'a', n).ToArray());
    context.Response.ContentType = "application/json";
    context.Response.ContentLength = body.Length;
    return context.Response.Body.WriteAsync(body).AsTask();
});
app.MapGet("/health", () => "ok");

app.Run();
