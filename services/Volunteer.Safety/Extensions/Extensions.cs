using Volunteer.Safety.Data;
using Volunteer.Messaging;
using Volunteer.ServiceDefaults.Database;

namespace Volunteer.Safety.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<SafetyDbContext>("safetydb");
        builder.AddMessaging<SafetyDbContext>();
    }
}
