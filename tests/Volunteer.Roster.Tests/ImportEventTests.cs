using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Messaging.Outbox;
using Volunteer.Roster.Data;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests;

public sealed class ImportEventTests(RosterServiceHost host) : IClassFixture<RosterServiceHost>
{
    private readonly RosterTestData _data = new(host);

    [Fact]
    public async Task Each_volunteer_an_import_registers_is_published_once_and_refused_rows_are_not()
    {
        var city = await _data.CityAsync("440100", "广州市教育工会");
        var rows = Enumerable.Range(0, 4)
            .Select(_ => RosterTestData.Registration(
                city.Id, TestIdNumbers.Make("440112", RosterTestData.BirthDate, male: true)))
            .ToList();
        rows[0].Honours.Add(new Honour { Kind = HonourKind.ModelWorker, Level = "全国", Year = 2015 });
        rows[0].Honours.Add(new Honour { Kind = HonourKind.ModelWorker, Level = "省级", Year = 2012 });
        rows[2].Phone = "12345";
        rows[3].IdNumber = rows[1].IdNumber;
        await using var connection = await new ConnectionFactory { Uri = host.Messaging }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var queue = await WatchRegisteredAsync(channel);

        var response = await _data.Client().ImportAsync(_data.Province, rows);
        var published = await ReceiveAsync(
            channel, queue, [response.Rows[0].VolunteerId, response.Rows[1].VolunteerId]);
        var stored = await OutboxPayloadsAsync();

        Assert.Equal(2, response.Imported);
        var honoured = published[response.Rows[0].VolunteerId];
        Assert.Equal(city.Id, honoured.GetProperty("unionId").GetString());
        Assert.Equal(["model-worker"], honoured.GetProperty("honourKinds").EnumerateArray().Select(h => h.GetString()));
        Assert.Equal("物理教学", honoured.GetProperty("skills")[0].GetString());
        Assert.DoesNotContain(rows[0].IdNumber[6..14], honoured.GetRawText());
        Assert.DoesNotContain("12345678", honoured.GetRawText());
        Assert.Single(stored, p => p.Contains(response.Rows[0].VolunteerId));
        Assert.Single(stored, p => p.Contains(response.Rows[1].VolunteerId));
    }

    private async Task<List<string>> OutboxPayloadsAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RosterDbContext>();
        return await db.Set<OutboxMessage>().Where(m => m.MessageType.Contains("VolunteerRegistered"))
            .Select(m => m.Payload).ToListAsync();
    }

    private static async Task<string> WatchRegisteredAsync(IChannel channel)
    {
        const string exchange = "Volunteer.Contracts.Events:VolunteerRegistered";
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
        var queue = (await channel.QueueDeclareAsync(exclusive: true)).QueueName;
        await channel.QueueBindAsync(queue, exchange, "");
        return queue;
    }

    // The fixture has its own virtual host: an event for any other id, or a second one, would be a wrong publish.
    private static async Task<Dictionary<string, JsonElement>> ReceiveAsync(
        IChannel channel, string queue, IReadOnlyList<string> volunteerIds)
    {
        var received = new Dictionary<string, JsonElement>();
        while (received.Count < volunteerIds.Count)
        {
            var delivered = await Eventually.GetAsync(
                () => channel.BasicGetAsync(queue, autoAck: true), d => d is not null);
            Assert.NotNull(delivered);
            var message = JsonDocument.Parse(Encoding.UTF8.GetString(delivered.Body.Span))
                .RootElement.GetProperty("message");
            var id = message.GetProperty("volunteerId").GetString()!;
            Assert.True(
                volunteerIds.Contains(id) && received.TryAdd(id, message.Clone()), $"unexpected event for {id}");
        }

        return received;
    }
}
