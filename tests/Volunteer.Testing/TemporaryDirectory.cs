namespace Volunteer.Testing;

/// <summary>Folders for servers started by tests, under the system's temporary directory.</summary>
public static class TemporaryDirectory
{
    public static string Create(string prefix)
    {
        var path = Directory.CreateTempSubdirectory(prefix).FullName;
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
            // A server still finishing its last write; the system cleans its temporary directory.
        }
    }
}
