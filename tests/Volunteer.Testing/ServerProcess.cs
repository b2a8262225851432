using System.Diagnostics;

namespace Volunteer.Testing;

/// <summary>One of the repository's infra scripts running a server in the foreground.</summary>
internal sealed class ServerProcess
{
    private readonly Process _process;

    private ServerProcess(Process process) => _process = process;

    /// <param name="logPath">Where the server's output goes, for when a test needs to know why it did not start.</param>
    public static ServerProcess Start(string script, IReadOnlyDictionary<string, string> environment, string logPath)
    {
        var start = new ProcessStartInfo("bash", Path.Combine(RepositoryRoot.Find(), "infra", script))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        // Drained (into the log) so a chatty server never blocks on a full pipe.
        var log = TextWriter.Synchronized(new StreamWriter(logPath, append: true) { AutoFlush = true });
        process.OutputDataReceived += (_, e) => log.WriteLine(e.Data);
        process.ErrorDataReceived += (_, e) => log.WriteLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServerProcess(process);
    }

    /// <summary>Asks for a clean shutdown (the scripts handle SIGTERM); see <see cref="WaitForExit"/>.</summary>
    public void RequestStop()
    {
        if (!_process.HasExited)
        {
            Process.Start("kill", ["-TERM", _process.Id.ToString()])?.WaitForExit();
        }
    }

    public Task ExitAsync() => _process.WaitForExitAsync();

    public void WaitForExit() => _process.WaitForExit(TimeSpan.FromSeconds(30));
}
