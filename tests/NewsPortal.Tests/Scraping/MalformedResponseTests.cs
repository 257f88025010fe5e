using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Scraping;

namespace NewsPortal.Tests.Scraping;

/// <summary>Responses no HTTP server library would send, from a raw socket on 127.0.0.1.</summary>
public sealed class MalformedResponseTests
{
    private static async Task<FetchResult> FetchFromRawServer(string response)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var serve = Task.Run(async () =>
        {
            using var client = await listener.AcceptTcpClientAsync();
            var stream = client.GetStream();
            var buffer = new byte[4096];
            // The request itself does not matter; read what has arrived.
            _ = await stream.ReadAsync(buffer);
            await stream.WriteAsync(Encoding.ASCII.GetBytes(response));
            await stream.FlushAsync();
        });
        using var services = ScrapingServices.Create(o =>
        {
            o.RespectRobotsTxt = false;
        });

        var result = await services.GetRequiredService<Fetcher>().FetchAsync(new Uri($"http://127.0.0.1:{port}/page"));
        await serve.WaitAsync(TimeSpan.FromSeconds(5));
        return result;
    }

    [Fact]
    public async Task Garbage_instead_of_an_http_response_is_a_network_error()
    {
        var result = await FetchFromRawServer("GARBAGE GARBAGE\r\n\r\n");

        Assert.Equal(FetchStatus.NetworkError, result.Status);
        Assert.Contains("network error", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_cut_short_of_its_content_length_is_a_network_error()
    {
        var result = await FetchFromRawServer(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\nConnection: close\r\n\r\n<html><body>only a bit");

        Assert.Equal(FetchStatus.NetworkError, result.Status);
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_refused_before_reading()
    {
        var result = await FetchFromRawServer(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 50000000\r\nConnection: close\r\n\r\n<html>");

        Assert.Equal(FetchStatus.TooLarge, result.Status);
    }
}
