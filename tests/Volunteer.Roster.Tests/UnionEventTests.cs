using System.Text.Json;
using RabbitMQ.Client;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests;

public sealed class UnionEventTests(RosterServiceHost host) : IClassFixture<RosterServiceHost>
{
    [Fact]
    public async Task Registering_a_union_publishes_UnionRegistered_through_the_outbox()
    {
        await using var connection = await new ConnectionFactory { Uri = host.Messaging }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        // The exchange MassTransit publishes the event type to, declared the way it declares it.
        const string exchange = "Volunteer.Contracts.Events:UnionRegistered";
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
        var queue = (await channel.QueueDeclareAsync(exclusive: true)).QueueName;
        await channel.QueueBindAsync(queue, exchange, "");

        var union = (await new RosterService.RosterServiceClient(host.CreateChannel()).CreateUnionAsync(new CreateUnionRequest
        {
            Kind = UnionKind.Provincial,
            RegionCode = "440000",
            Name = "广东省教科文卫工会",
            Contact = new UnionContact { Name = "联络员", Phone = "020-83123456" },
            Targets = new UnionTargets { Teams = 100, People = 1000 },
        }, host.BearerToken(PlatformRoles.ProvincialAdmin))).Union;
        var delivered = await Eventually.GetAsync(() => channel.BasicGetAsync(queue, autoAck: true), d => d is not null);

        Assert.NotNull(delivered);
        using var envelope = JsonDocument.Parse(delivered.Body);
        var message = envelope.RootElement.GetProperty("message");
        Assert.Equal(union.Id, message.GetProperty("unionId").GetString());
        Assert.Equal("provincial", message.GetProperty("kind").GetString());
        Assert.Equal(1000, message.GetProperty("peopleTarget").GetInt32());
        // Contacts stay in the roster: other services need the tree and targets, not phone numbers.
        Assert.DoesNotContain("83123456", System.Text.Encoding.UTF8.GetString(delivered.Body.Span));
    }
}
