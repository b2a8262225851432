using MassTransit;
using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Events;
using Volunteer.Reporting.Data;

namespace Volunteer.Reporting.Consumers;

/// <summary>
/// Keeps the latest announcement per instance; a late older announcement changes nothing. One statement,
/// because the endpoint handles several announcements at once (its concurrency limit covers the consumer,
/// not the inbox's save after it) and two of a new instance would otherwise both insert its row.
/// </summary>
public sealed class ServiceInstanceAnnouncedConsumer(ReportingDbContext db) : IConsumer<ServiceInstanceAnnounced>
{
    public async Task Consume(ConsumeContext<ServiceInstanceAnnounced> context)
    {
        var message = context.Message;
        var (startedAt, announcedAt) = (message.StartedAt.ToUniversalTime(), message.AnnouncedAt.ToUniversalTime());
        await db.Database.ExecuteSqlAsync($"""
            insert into known_services (instance_id, service_name, version, started_at, last_announced_at)
            values ({message.InstanceId}, {message.ServiceName}, {message.Version}, {startedAt}, {announcedAt})
            on conflict (instance_id) do update
            set last_announced_at = greatest(known_services.last_announced_at, excluded.last_announced_at)
            """, context.CancellationToken);
    }
}
