using System.Diagnostics;

namespace Volunteer.Reads.Benchmarks;

/// <summary>
/// The baseline server in a process of its own, so the services' telemetry listeners in this process
/// do not instrument it: this program started again with <see cref="Argument"/> and a connection string.
/// It prints its address on one line and stops when its standard input closes.
/// </summary>
internal sealed class BaselineProcess(Process process, Uri address) : IDisposable
{
    public const string Argument = "--baseline";

    public Uri Address => address;

    public static async Task<BaselineProcess> StartAsync(string connectionString)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true,
        };
        start.ArgumentList.Add(Argument);
        start.ArgumentList.Add(connectionString);
        var process = Process.Start(start)!;
        var line = await process.StandardOutput.ReadLineAsync()
            ?? throw new InvalidOperationException("The baseline server ended before it listened.");
        return new BaselineProcess(process, new Uri(line));
    }

    /// <summary>The child's side: serves until the parent closes its input.</summary>
    public static async Task ServeAsync(string connectionString)
    {
        await using var server = await MinimalGrpcServer.StartAsync(connectionString);
        Console.WriteLine(server.Address);
        await Console.In.ReadToEndAsync();
    }

    public void Dispose()
    {
        process.StandardInput.Close();
        process.WaitForExit(TimeSpan.FromSeconds(10));
        process.Dispose();
    }
}
