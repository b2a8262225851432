using MassTransit;
using Volunteer.Contracts.Events;
using Volunteer.Reporting.Data;

namespace Volunteer.Reporting.Consumers;

/// <summary>
/// Keeps the latest announcement per instance; a late older announcement changes nothing. The inbox
/// saves the change and skips redeliveries.
/// </summary>
public sealed class ServiceInstanceAnnouncedConsumer(ReportingDbContext db) : IConsumer<ServiceInstanceAnnounced>
{
    public async Task Consume(ConsumeContext<ServiceInstanceAnnounced> context)
    {
        var message = context.Message;
        var known = await db.KnownServices.FindAsync([message.InstanceId], context.CancellationToken);
        if (known is null)
        {
            db.KnownServices.Add(new KnownService
            {
                InstanceId = message.InstanceId,
                ServiceName = message.ServiceName,
                Version = message.Version,
                StartedAt = message.StartedAt,
                LastAnnouncedAt = message.AnnouncedAt,
            });
        }
        else if (message.AnnouncedAt > known.LastAnnouncedAt)
        {
            known.LastAnnouncedAt = message.AnnouncedAt;
        }
    }
}
