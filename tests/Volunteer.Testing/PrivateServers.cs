using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Volunteer.Testing;

/// <summary>
/// Starts PostgreSQL and RabbitMQ for this test process with the repository's infra scripts (the
/// same ones the AppHost runs), in a temporary folder, and stops them when the process exits.
/// </summary>
internal static class PrivateServers
{
    private const string User = "volunteer";
    private const string Password = "test-password";

    public static async Task<TestServers> StartAsync()
    {
        var root = Directory.CreateTempSubdirectory("volunteer-tests-").FullName;
        if (!OperatingSystem.IsWindows())
        {
            // The postgres account must reach the data directory inside it.
            File.SetUnixFileMode(root, (UnixFileMode)0b111_101_101);
        }

        var scripts = Path.Combine(RepositoryRoot.Find(), "infra");

        var processes = new List<Process>();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll(processes, root);

        var pgPort = FreePort();
        processes.Add(Start(Path.Combine(scripts, "postgres.sh"), new()
        {
            ["VOLUNTEER_PG_PORT"] = pgPort.ToString(),
            ["VOLUNTEER_PG_DATA"] = Path.Combine(root, "postgres"),
            ["VOLUNTEER_PG_PASSWORD"] = Password,
        }));
        var mqPort = FreePort();
        var mqHome = Path.Combine(root, "rabbitmq");
        var mqNode = $"volunteer-test-{mqPort}@localhost";
        processes.Add(Start(Path.Combine(scripts, "rabbitmq.sh"), new()
        {
            ["VOLUNTEER_MQ_PORT"] = mqPort.ToString(),
            ["VOLUNTEER_MQ_DATA"] = mqHome,
            ["VOLUNTEER_MQ_USER"] = User,
            ["VOLUNTEER_MQ_PASSWORD"] = Password,
            ["VOLUNTEER_MQ_NODE"] = mqNode,
        }));

        var postgres = $"Host=127.0.0.1;Port={pgPort};Username=postgres;Password={Password};Database=postgres";
        await WaitForPostgresAsync(postgres);
        var node = new RabbitMqNode(new Uri($"amqp://{User}:{Password}@127.0.0.1:{mqPort}"), mqNode, mqHome);
        await node.AwaitStartupAsync();
        return new TestServers(postgres, node);
    }

    private static Process Start(string script, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash", script) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    // Both servers shut down side by side (the scripts turn SIGTERM into a fast shutdown), then
    // their files go.
    private static void StopAll(List<Process> processes, string root)
    {
        foreach (var process in processes.Where(p => !p.HasExited))
        {
            Process.Start("kill", ["-TERM", process.Id.ToString()])?.WaitForExit();
        }

        foreach (var process in processes)
        {
            process.WaitForExit(TimeSpan.FromSeconds(15));
        }

        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A server still finishing; the folder is under the system's temporary directory.
        }
    }

    private static async Task WaitForPostgresAsync(string connectionString)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
                await connection.OpenAsync();
                return;
            }
            catch (Exception e) when ((e is NpgsqlException or SocketException) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
