using Volunteer.Roster.Data;
using Volunteer.Roster.Unions;
using Volunteer.Messaging;
using Volunteer.ServiceDefaults.Database;

namespace Volunteer.Roster.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<RosterDbContext>("rosterdb");
        builder.AddMessaging<RosterDbContext>();
        builder.Services.AddScoped<UnionDirectory>();
        builder.Services.AddScoped<UnionListing>();
    }
}
