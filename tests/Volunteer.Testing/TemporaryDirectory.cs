using System.Diagnostics;

namespace Volunteer.Testing;

/// <summary>
/// Folders for servers started by tests, under the system's temporary directory. A test host may be
/// ended before its clean-up runs, so each folder carries its process id and later runs remove the
/// folders of processes that are gone.
/// </summary>
public static class TemporaryDirectory
{
    public static string Create(string prefix)
    {
        SweepStale(prefix);
        var path = Directory.CreateTempSubdirectory($"{prefix}{Environment.ProcessId}-").FullName;
        if (!OperatingSystem.IsWindows())
        {
            // The postgres account, which runs the server, must reach its data directory inside.
            File.SetUnixFileMode(path, (UnixFileMode)0b111_101_101);
        }

        return path;
    }

    public static void Delete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A server still finishing its last write; a later run sweeps it.
        }
    }

    private static void SweepStale(string prefix)
    {
        foreach (var directory in Directory.EnumerateDirectories(Path.GetTempPath(), prefix + "*"))
        {
            var owner = Path.GetFileName(directory)[prefix.Length..].Split('-')[0];
            if (int.TryParse(owner, out var pid) && !IsRunning(pid))
            {
                Delete(directory);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
