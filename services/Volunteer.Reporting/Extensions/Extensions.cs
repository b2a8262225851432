using MassTransit;
using Volunteer.Messaging;
using Volunteer.Reporting.Consumers;
using Volunteer.Reporting.Data;
using Volunteer.ServiceDefaults.Database;

namespace Volunteer.Reporting.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ReportingDbContext>("reportingdb");
        builder.AddMessaging<ReportingDbContext>(bus => bus.AddConsumer<ServiceInstanceAnnouncedConsumer>());
    }
}
