using Microsoft.Extensions.Configuration;

namespace Volunteer.AppHost.Infrastructure.Local;

/// <summary>
/// Where local servers keep their data between runs: "Infrastructure:DataDirectory" when set, else a
/// stable per-user folder. Root's home is closed to the postgres account the server runs as, so root
/// keeps the data under /var/lib instead.
/// </summary>
internal static class LocalDataDirectory
{
    public static string Resolve(IConfiguration configuration)
    {
        var configured = configuration["Infrastructure:DataDirectory"];
        var directory = !string.IsNullOrWhiteSpace(configured) ? Path.GetFullPath(configured)
            : Environment.UserName == "root" ? "/var/lib/volunteer-platform"
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "volunteer-platform");
        Directory.CreateDirectory(directory);
        return directory;
    }
}
