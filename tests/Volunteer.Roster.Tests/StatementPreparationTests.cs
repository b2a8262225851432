using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Volunteer.Roster.Data;
using Volunteer.ServiceDefaults.Database;
using Xunit;

namespace Volunteer.Roster.Tests;

/// <summary>
/// Services prepare their repeated statements unless their connection string says otherwise (e.g. a pooler
/// in front of PostgreSQL that cannot keep prepared statements).
/// </summary>
public sealed class StatementPreparationTests(RosterServiceHost host) : IClassFixture<RosterServiceHost>
{
    [Fact]
    public void The_service_database_connection_prepares_repeated_statements()
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RosterDbContext>();

        var used = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());

        Assert.True(used.MaxAutoPrepare > 0);
    }

    [Fact]
    public void An_explicit_setting_in_the_connection_string_is_kept()
    {
        var applied = StatementPreparation.Apply("Host=db;Database=rosterdb;Max Auto Prepare=0");

        Assert.Equal(0, new NpgsqlConnectionStringBuilder(applied).MaxAutoPrepare);
    }
}
