using System.Diagnostics;

namespace Volunteer.Testing;

/// <summary>One of the repository's infra scripts running a server in the foreground.</summary>
internal sealed class ServerProcess
{
    private readonly Process _process;

    private ServerProcess(Process process) => _process = process;

    public static ServerProcess Start(string script, IReadOnlyDictionary<string, string> environment)
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
        // Drained so a chatty server never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
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

    public void WaitForExit() => _process.WaitForExit(TimeSpan.FromSeconds(30));
}
