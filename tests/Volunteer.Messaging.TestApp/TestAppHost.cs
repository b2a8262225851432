using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Volunteer.ServiceDefaults.Database;

namespace Volunteer.Messaging.TestApp;

/// <summary>The test app's host: its database, the platform messaging, and optionally the consumer.</summary>
public static class TestAppHost
{
    public const string DatabaseName = "testdb";

    /// <param name="settings">
    /// Configuration: ConnectionStrings:testdb, ConnectionStrings:messaging, Messaging:*, TestApp:*; with
    /// TestApp:OrderedQueue the consumer's queue is that ordered one, replacing TestApp:ReplacesQueue if set.
    /// </param>
    /// <param name="consume">Whether this instance consumes <see cref="NumberRecorded"/>.</param>
    public static IHost Build(IEnumerable<KeyValuePair<string, string?>> settings, bool consume)
    {
        // Named like the app's own process, so in-process and out-of-process instances share queues.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ApplicationName = typeof(TestAppHost).Assembly.GetName().Name });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ServiceIdentity>();
        builder.Services.AddSingleton<PoisonAttempts>();
        builder.AddServiceDatabase<TestDbContext>(DatabaseName);
        var orderedQueue = builder.Configuration["TestApp:OrderedQueue"];
        if (orderedQueue is not null)
        {
            builder.Services.AddSingleton(
                new OrderedEndpoint(orderedQueue, builder.Configuration["TestApp:ReplacesQueue"]));
        }

        builder.AddMessaging<TestDbContext>(bus =>
        {
            if (consume)
            {
                var consumer = bus.AddConsumer<NumberRecordedConsumer>();
                if (orderedQueue is not null)
                {
                    consumer.Endpoint(endpoint => endpoint.Name = orderedQueue);
                }
            }
        });
        return builder.Build();
    }
}
