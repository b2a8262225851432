namespace Volunteer.Testing;

internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Volunteer.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Volunteer.sln not found above the test assembly.");
    }
}
