using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Volunteer.Messaging.TestApp;

/// <summary>For <c>dotnet ef migrations add</c>; nothing connects.</summary>
public sealed class TestDbContextFactory : IDesignTimeDbContextFactory<TestDbContext>
{
    public TestDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<TestDbContext>()
        .UseNpgsql("Host=localhost")
        .UseSnakeCaseNamingConvention()
        .Options);
}
