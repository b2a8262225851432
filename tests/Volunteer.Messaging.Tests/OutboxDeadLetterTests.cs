using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Volunteer.Messaging.Outbox;
using Volunteer.Messaging.TestApp;
using Volunteer.Testing;

namespace Volunteer.Messaging.Tests;

public sealed class OutboxDeadLetterTests
{
    private const string NumberRecordedType = "Volunteer.Messaging.TestApp.NumberRecorded, Volunteer.Messaging.TestApp";

    [Fact]
    public async Task Rows_that_can_never_be_published_are_set_aside_so_the_later_ones_flow_in_order_until_retried()
    {
        using var metrics = new MetricTotals();
        var scenario = await MessagingScenario.CreateAsync();
        var delivered = new ConcurrentQueue<int>();
        using var log = ObservingHost.Build<DeliveryLog, ConcurrentQueue<int>>(scenario.Broker, delivered, oneAtATime: true);
        await log.StartAsync();
        await MessagingScenario.WaitForBrokerAsync(log);
        using var producer = scenario.Producer();
        await using (var scope = producer.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TestDbContext>().Database.MigrateAsync();
        }

        var unknownType = await WriteRowAsync(producer, "Volunteer.Retired.NumberErased, Volunteer.Retired", """{"number": 1}""");
        var unreadable = await WriteRowAsync(producer, NumberRecordedType, """{"number": "secret-payload-value"}""");
        await producer.StartAsync();
        // Once the poison rows have failed, the relay holds back what is written after them.
        await Eventually.GetAsync(() => RowsAsync(producer, unknownType, unreadable), rows => rows.All(r => r.Attempts > 0));
        await MessagingScenario.RecordNumbersAsync(producer, Enumerable.Range(1, 10));
        await Eventually.GetAsync(() => Task.FromResult(delivered.Count), c => c >= 10, TimeSpan.FromSeconds(60));
        var setAside = await RowsAsync(producer, unknownType, unreadable);

        Assert.Equal(Enumerable.Range(1, 10), delivered);
        Assert.All(setAside, row => Assert.NotNull(row.DeadLetteredAt));
        Assert.All(setAside, row => Assert.Equal(3, row.Attempts));
        Assert.All(setAside, row => Assert.DoesNotContain("secret-payload-value", row.LastError));
        Assert.Equal(2, metrics["volunteer.outbox.dead_lettered"]);

        // The unreadable row is mended; the unknown type is still unknown and is set aside again.
        await using (var scope = producer.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
            await db.Set<OutboxMessage>().Where(m => m.Id == unreadable)
                .ExecuteUpdateAsync(row => row.SetProperty(m => m.Payload, """{"number": 11}"""));
            Assert.Equal(2, await scope.ServiceProvider.GetRequiredService<OutboxDeadLetters>().RetryAsync(CancellationToken.None));
        }

        await Eventually.GetAsync(() => Task.FromResult(delivered.Count), c => c >= 11, TimeSpan.FromSeconds(60));
        var again = await Eventually.GetAsync(() => Task.FromResult(metrics["volunteer.outbox.dead_lettered"]), c => c >= 3);
        var afterRetry = await RowsAsync(producer, unknownType, unreadable);

        Assert.Equal([.. Enumerable.Range(1, 11)], delivered);
        Assert.Equal(3, again);
        Assert.NotNull(afterRetry.Single(r => r.Id == unknownType).DeadLetteredAt);
        Assert.NotNull(afterRetry.Single(r => r.Id == unreadable).SentAt);
        await producer.StopAsync();
        await log.StopAsync();
    }

    private static async Task<Guid> WriteRowAsync(IHost producer, string messageType, string payload)
    {
        await using var scope = producer.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        var row = new OutboxMessage { Id = Guid.CreateVersion7(), MessageType = messageType, Payload = payload };
        db.Set<OutboxMessage>().Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    }

    private static async Task<List<OutboxMessage>> RowsAsync(IHost producer, params Guid[] ids)
    {
        await using var scope = producer.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TestDbContext>().Set<OutboxMessage>()
            .AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync();
    }
}
