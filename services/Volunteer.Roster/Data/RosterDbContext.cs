using Microsoft.EntityFrameworkCore;
using Volunteer.Messaging;

namespace Volunteer.Roster.Data;

/// <summary>The roster service's own database ("rosterdb"); no other service reads it.</summary>
public sealed class RosterDbContext(DbContextOptions<RosterDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddMessagingTables();
}
