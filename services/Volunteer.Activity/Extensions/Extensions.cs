using Volunteer.Activity.Data;
using Volunteer.Messaging;
using Volunteer.ServiceDefaults.Database;

namespace Volunteer.Activity.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ActivityDbContext>("activitydb");
        builder.AddMessaging<ActivityDbContext>();
    }
}
