using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Volunteer.Messaging.Listening;

namespace Volunteer.Messaging.Outbox;

/// <summary>Wakes this process's relay when any replica commits outbox rows (see <see cref="OutboxChannel"/>).</summary>
internal sealed class OutboxListener<TContext>(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    OutboxChannel channel,
    IOptions<OutboxOptions> options,
    TimeProvider timeProvider,
    ILogger<OutboxListener<TContext>> logger)
    : ChannelListener<TContext>(scopes, timeProvider, options.Value.MaxBackoff, logger) where TContext : DbContext
{
    /// <summary>The listening session's application_name, to tell it apart in pg_stat_activity.</summary>
    public const string SessionName = "volunteer-outbox-listener";

    protected override string Channel => channel.Name;

    protected override string ApplicationName => SessionName;

    protected override void OnNotified() => signal.CommittedElsewhere();
}
