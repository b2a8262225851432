using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Volunteer.Messaging.Diagnostics;
using Volunteer.Messaging.Inbox;
using Volunteer.Messaging.Outbox;

namespace Volunteer.Messaging;

public static class MessagingExtensions
{
    /// <summary>Connection name of the broker, as the AppHost references it.</summary>
    public const string ConnectionName = "messaging";

    /// <summary>
    /// Deliveries each receive endpoint takes from the broker ahead ("Messaging:PrefetchCount"). MassTransit's
    /// own default follows the core count (4 on two cores), too few handlings in flight for their commits
    /// to share the database's log flushes; bounded by what the connection pool can serve.
    /// </summary>
    public const int DefaultPrefetchCount = 32;

    /// <summary>
    /// MassTransit on the platform's RabbitMQ with the service's outbox and inbox in <typeparamref name="TContext"/>
    /// (which must call <see cref="MessagingModelBuilderExtensions.AddMessagingTables"/>): events added with
    /// <see cref="OutboxDbContextExtensions.AddIntegrationEvent"/> are relayed after commit; consumers are
    /// idempotent and save through the inbox; failures retry in memory, then go to the error queue.
    /// </summary>
    public static void AddMessaging<TContext>(this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator>? addConsumers = null)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionName} is missing; the AppHost sets it, or set it to an amqp:// URI.");
        }

        var retryIntervals = builder.Configuration.GetSection("Messaging:RetryIntervals").Get<TimeSpan[]>()
            ?? [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)];
        var prefetchCount = builder.Configuration.GetValue("Messaging:PrefetchCount", DefaultPrefetchCount);

        builder.Services.AddMassTransit(bus =>
        {
            // MassTransit would otherwise post usage reports to its vendor, and log each refusal on a closed network.
            bus.DisableUsageTelemetry();
            // Each service has its own queues: two services consuming the same event must both
            // receive it, not compete for it on one shared queue.
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(QueuePrefix(builder.Environment), includeNamespace: false));
            addConsumers?.Invoke(bus);
            bus.ConfigureHealthCheckOptions(health =>
            {
                health.Name = "broker";
                health.Tags.Add(HealthTags.Broker);
            });
            bus.AddConsumeObserver<FaultObserver>();
            // Per endpoint, outermost first: each retry runs the inbox (and so the consumer's
            // transaction) afresh.
            bus.AddConfigureEndpointsCallback((context, name, endpoint) =>
            {
                endpoint.UseMessageRetry(retry => retry.Intervals(retryIntervals));
                if (!context.GetServices<InboxExemptEndpoint>().Any(exempt => exempt.EndpointName == name))
                {
                    endpoint.UseConsumeFilter(typeof(InboxFilter<>), context);
                }

                if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit
                    && context.GetServices<OrderedEndpoint>().Any(ordered => ordered.EndpointName == name))
                {
                    rabbit.SingleActiveConsumer = true;
                }
            });
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(connectionString));
                // Also each endpoint's concurrency, unless the service limits it (one at a time, for order).
                rabbit.PrefetchCount = prefetchCount;
                rabbit.ConfigureEndpoints(context);
            });
        });

        builder.Services.AddSingleton<MessagingMetrics>();
        builder.Services.AddScoped(sp => new ServiceDbContext(sp.GetRequiredService<TContext>()));
        builder.Services.AddScoped<BatchInbox>();
        builder.Services.AddScoped<OutboxWriter>();
        builder.Services.AddOptions<OutboxOptions>().Bind(builder.Configuration.GetSection(OutboxOptions.SectionName));
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxFailureRecorder>();
        builder.Services.AddScoped(sp =>
            new OutboxDeadLetters(sp.GetRequiredService<ServiceDbContext>(), sp.GetRequiredService<OutboxSignal>()));
        builder.Services.AddSingleton<OutboxSaveChangesInterceptor>();
        builder.Services.ConfigureDbContext<TContext>((services, options) =>
            options.AddInterceptors(services.GetRequiredService<OutboxSaveChangesInterceptor>()));
        builder.Services.AddHostedService<OutboxRelay<TContext>>();
        builder.Services.AddSingleton(OutboxChannel.Of(QueuePrefix(builder.Environment)));
        builder.Services.AddHostedService<OutboxListener<TContext>>();
        builder.Services.AddHostedService<OutboxNotifier<TContext>>();
        builder.Services.AddHostedService<ServiceInstanceAnnouncer>();
        builder.Services.AddHostedService<RetiredQueueCleanup>();
    }

    /// <summary>"Volunteer.Safety" → "safety": stable across replicas and whatever the orchestrator calls the resource.</summary>
    private static string QueuePrefix(IHostEnvironment environment) =>
        environment.ApplicationName.Split('.').Last().ToLowerInvariant();
}
