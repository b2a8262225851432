using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Google.Protobuf;

namespace Volunteer.EndToEnd.Tests.Tracing;

/// <summary>
/// Stands in for the dashboard's OTLP endpoint (disabled in tests): takes the services' exports over
/// OTLP/HTTP protobuf and keeps their spans; metrics and logs are accepted and dropped.
/// </summary>
public sealed class OtlpTraceReceiver : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<ReceivedSpan> _spans = new();
    private readonly Task _loop;

    public OtlpTraceReceiver()
    {
        Endpoint = $"http://127.0.0.1:{FreePort()}";
        _listener.Prefixes.Add(Endpoint + "/");
        _listener.Start();
        _loop = Task.Run(ReceiveAsync);
    }

    public string Endpoint { get; }

    public IReadOnlyList<ReceivedSpan> SpansOf(string traceId) => [.. _spans.Where(s => s.TraceId == traceId)];

    public IReadOnlyList<ReceivedSpan> ServerSpansOf(string service) =>
        [.. _spans.Where(s => s.Service == service && s.Kind == ReceivedSpan.ServerKind)];

    private async Task ReceiveAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            if (context.Request.Url?.AbsolutePath == "/v1/traces")
            {
                Keep(body.ToArray());
            }

            context.Response.ContentType = "application/x-protobuf";
            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }

    private void Keep(byte[] export)
    {
        try
        {
            foreach (var span in OtlpTraceDecoder.Decode(ByteString.CopyFrom(export)))
            {
                _spans.Enqueue(span);
            }
        }
        catch (InvalidProtocolBufferException)
        {
            // Not a trace export this decoder understands: the assertion on the trace then says what is missing.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Close();
        await _loop;
    }
}
