using System.Net;
using System.Net.Sockets;

namespace Volunteer.Testing;

/// <summary>
/// A RabbitMQ node of a test's own, for tests that stop and start the broker: the node comes back on
/// the same port with the same data, so durable queues and their messages survive, as in production.
/// </summary>
public sealed class PrivateRabbitMq : IAsyncDisposable
{
    private const string User = "volunteer";
    private const string Password = "test-password";

    private readonly Dictionary<string, string> _environment;
    private ServerProcess? _process;

    private PrivateRabbitMq(string directory)
    {
        var port = FreePort();
        var nodeName = $"volunteer-test-{port}@localhost";
        Node = new RabbitMqNode(new Uri($"amqp://{User}:{Password}@127.0.0.1:{port}"), nodeName, directory);
        _environment = new()
        {
            ["VOLUNTEER_MQ_PORT"] = port.ToString(),
            ["VOLUNTEER_MQ_DATA"] = directory,
            ["VOLUNTEER_MQ_USER"] = User,
            ["VOLUNTEER_MQ_PASSWORD"] = Password,
            ["VOLUNTEER_MQ_NODE"] = nodeName,
        };
    }

    public RabbitMqNode Node { get; }

    public static async Task<PrivateRabbitMq> StartAsync(string directory)
    {
        var broker = new PrivateRabbitMq(directory);
        await broker.StartAgainAsync();
        return broker;
    }

    public async Task StartAgainAsync()
    {
        Directory.CreateDirectory(Node.Home);
        var log = Path.Combine(Node.Home, "server.log");
        _process = ServerProcess.Start("rabbitmq.sh", _environment, log);
        var started = Node.AwaitStartupAsync();
        if (await Task.WhenAny(started, _process.ExitAsync()) != started)
        {
            throw new InvalidOperationException(
                $"RabbitMQ node {Node.NodeName} exited while starting:\n{LogTail(log)}");
        }

        await started;
    }

    /// <summary>Stops the node and returns once it is down, so a restart never meets the old one.</summary>
    public async Task StopAsync()
    {
        Stop();
        await Node.AwaitShutdownAsync();
    }

    /// <summary>Asks the node to stop and waits for its script (for process-exit handlers, which cannot await).</summary>
    public void Stop()
    {
        _process?.RequestStop();
        _process?.WaitForExit();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        TemporaryDirectory.Delete(Node.Home);
    }

    /// <summary>
    /// A loopback port below the kernel's ephemeral range (as infra/common.sh picks them): a port in that
    /// range, free now, may become the local end of an outgoing connection before the server binds it.
    /// </summary>
    private static string LogTail(string path) =>
        string.Join('\n', File.ReadLines(path).TakeLast(40));

    internal static int FreePort()
    {
        var lowestEphemeral = int.Parse(
            File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split('\t', ' ')[0]);
        while (true)
        {
            var candidate = Random.Shared.Next(10000, lowestEphemeral);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, candidate);
                listener.Start();
                return candidate;
            }
            catch (SocketException)
            {
            }
        }
    }
}
