using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KzData.Api.Tests;

/// <summary>The real app on a real Kestrel socket on 127.0.0.1, called over HTTP.</summary>
public sealed class KestrelTests
{
    [Fact]
    public async Task The_app_serves_over_a_loopback_socket()
    {
        await using var factory = new WebApplicationFactory<Program>();
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();

        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var uri = new Uri(address);
        uri.Host.ShouldBe("127.0.0.1");
        uri.Port.ShouldBeGreaterThan(0);

        using var client = new HttpClient { BaseAddress = uri };
        using var response = await client.GetAsync("/api/v1/facts/un-general-assembly-abstention");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.ETag.ShouldNotBeNull();
        response.Headers.Server.ShouldBeEmpty();
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        (await response.Json()).GetProperty("id").GetString().ShouldBe("un-general-assembly-abstention");

        // A raw socket, to be sure this is a network server and not the in-memory test host.
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, uri.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync("HEAD /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"u8.ToArray());
        using var reader = new StreamReader(stream);
        (await reader.ReadLineAsync())!.ShouldBe("HTTP/1.1 200 OK");
    }
}
