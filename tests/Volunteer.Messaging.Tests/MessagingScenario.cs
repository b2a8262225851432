using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Volunteer.Messaging.Outbox;
using Volunteer.Messaging.TestApp;
using Volunteer.Testing;

namespace Volunteer.Messaging.Tests;

/// <summary>
/// Two services as the platform runs them: a producer that records numbers and announces each through
/// its outbox, and a consumer that records an effect per announcement through its inbox, each with its
/// own database, on one broker.
/// </summary>
internal sealed class MessagingScenario(string producerDatabase, string consumerDatabase, Uri broker)
{
    public static async Task<MessagingScenario> CreateAsync(Uri? broker = null)
    {
        var servers = await TestServers.GetAsync();
        return new MessagingScenario(
            await servers.CreateDatabaseAsync(),
            await servers.CreateDatabaseAsync(),
            broker ?? await servers.RabbitMq.CreateVirtualHostAsync());
    }

    public Uri Broker => broker;

    public string ProducerDatabase => producerDatabase;

    public string ConsumerDatabase => consumerDatabase;

    public IHost Producer() => TestAppHost.Build(Settings(producerDatabase), consume: false);

    public IHost Consumer() => TestAppHost.Build(Settings(consumerDatabase), consume: true);

    /// <summary>A started consumer whose queue is bound, so what is published next reaches it.</summary>
    public async Task<IHost> StartConsumerAsync()
    {
        var consumer = Consumer();
        await consumer.StartAsync();
        await WaitForBrokerAsync(consumer);
        return consumer;
    }

    /// <summary>Short intervals so failures and recoveries happen within a test's patience.</summary>
    public Dictionary<string, string?> Settings(string database) => new()
    {
        ["ConnectionStrings:testdb"] = database,
        ["ConnectionStrings:messaging"] = broker.ToString(),
        ["Messaging:Outbox:PollInterval"] = "00:00:00.200",
        ["Messaging:Outbox:MaxBackoff"] = "00:00:02",
        ["Messaging:Outbox:PublishTimeout"] = "00:00:03",
        ["Messaging:Outbox:MaxAttempts"] = "3",
        ["Messaging:RetryIntervals:0"] = "00:00:00.050",
        ["Messaging:RetryIntervals:1"] = "00:00:00.050",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    /// <summary>Each number is its own change: one transaction with its row and its event.</summary>
    public static async Task RecordNumbersAsync(IHost producer, IEnumerable<int> numbers)
    {
        foreach (var number in numbers)
        {
            await using var scope = producer.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
            db.RecordedNumbers.Add(new RecordedNumber { Number = number });
            db.AddIntegrationEvent(new NumberRecorded(number));
            await db.SaveChangesAsync();
        }
    }

    public async Task<(int Total, int Distinct)> CountEffectsAsync()
    {
        await using var db = new TestDbContext(new DbContextOptionsBuilder<TestDbContext>()
            .UseNpgsql(consumerDatabase).UseSnakeCaseNamingConvention().Options);
        var numbers = await db.Effects.Select(e => e.Number).ToListAsync();
        return (numbers.Count, numbers.Distinct().Count());
    }

    public async Task<(int Total, int Distinct)> WaitForEffectsAsync(int expected, TimeSpan timeout) =>
        await Eventually.GetAsync(CountEffectsAsync, c => c.Total >= expected, timeout);

    /// <summary>Returns once the host's receive endpoints are bound, so what is published from now on reaches them.</summary>
    public static async Task WaitForBrokerAsync(IHost host)
    {
        var health = host.Services.GetRequiredService<HealthCheckService>();
        var report = await Eventually.GetAsync(
            () => health.CheckHealthAsync(r => r.Tags.Contains(HealthTags.Broker)),
            r => r.Status == HealthStatus.Healthy);
        Assert.Equal(HealthStatus.Healthy, report.Status);
    }
}
