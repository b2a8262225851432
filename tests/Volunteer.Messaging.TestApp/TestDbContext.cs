using Microsoft.EntityFrameworkCore;

namespace Volunteer.Messaging.TestApp;

public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    public DbSet<RecordedNumber> RecordedNumbers => Set<RecordedNumber>();

    public DbSet<Effect> Effects => Set<Effect>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddMessagingTables();
}
