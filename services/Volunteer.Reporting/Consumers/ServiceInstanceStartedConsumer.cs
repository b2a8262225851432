using MassTransit;
using Volunteer.Contracts.Events;
using Volunteer.Reporting.Data;

namespace Volunteer.Reporting.Consumers;

/// <summary>Keeps the latest announcement per instance; a repeated message rewrites the same row.</summary>
public sealed class ServiceInstanceStartedConsumer(ReportingDbContext db, TimeProvider timeProvider)
    : IConsumer<ServiceInstanceStarted>
{
    public async Task Consume(ConsumeContext<ServiceInstanceStarted> context)
    {
        var message = context.Message;
        var known = await db.KnownServices.FindAsync([message.InstanceId], context.CancellationToken);
        if (known is null)
        {
            known = new KnownService { InstanceId = message.InstanceId, ServiceName = message.ServiceName, Version = message.Version };
            db.KnownServices.Add(known);
        }

        known.ServiceName = message.ServiceName;
        known.Version = message.Version;
        known.StartedAt = message.StartedAt;
        known.ReceivedAt = timeProvider.GetUtcNow();
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
