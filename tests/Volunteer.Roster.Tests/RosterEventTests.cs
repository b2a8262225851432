using System.Text;
using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using RabbitMQ.Client;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests;

public sealed class RosterEventTests(RosterServiceHost host) : IClassFixture<RosterServiceHost>
{
    [Fact]
    public async Task Registrations_are_published_through_the_outbox_without_id_numbers_or_phones()
    {
        await using var connection = await new ConnectionFactory { Uri = host.Messaging }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var unions = await WatchAsync(channel, "UnionRegistered");
        var volunteers = await WatchAsync(channel, "VolunteerRegistered");
        var client = new RosterService.RosterServiceClient(host.CreateChannel());
        var admin = host.BearerToken(PlatformRoles.ProvincialAdmin);
        var idNumber = TestIdNumbers.Make("440106", new DateOnly(1990, 3, 7), male: true);

        var union = (await client.CreateUnionAsync(new CreateUnionRequest
        {
            Kind = UnionKind.Provincial,
            RegionCode = "440000",
            Name = "广东省教科文卫工会",
            Contact = new UnionContact { Name = "联络员", Phone = "020-83123456" },
            Targets = new UnionTargets { Teams = 100, People = 1000 },
        }, admin)).Union;
        var volunteer = (await client.RegisterStaffVolunteerAsync(new RegisterStaffVolunteerRequest
        {
            UnionId = union.Id,
            Name = "李文静",
            IdType = IdDocumentType.ResidentIdCard,
            IdNumber = idNumber,
            Gender = Gender.Male,
            BirthDate = "1990-03-07",
            Phone = "13912345678",
            Skills = { "心理咨询" },
            ParticipationConsent = new Consent { GivenTime = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow), TextVersion = "2018-1" },
            SensitiveDataConsent = new Consent { GivenTime = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow), TextVersion = "2018-1" },
        }, admin)).Volunteer;
        var unionEvent = await NextAsync(channel, unions);
        var volunteerEvent = await NextAsync(channel, volunteers);

        Assert.Equal(union.Id, unionEvent.Message.GetProperty("unionId").GetString());
        Assert.Equal(1000, unionEvent.Message.GetProperty("peopleTarget").GetInt32());
        Assert.DoesNotContain("83123456", unionEvent.Body);
        Assert.Equal(volunteer.Id, volunteerEvent.Message.GetProperty("volunteerId").GetString());
        Assert.Equal("心理咨询", volunteerEvent.Message.GetProperty("skills")[0].GetString());
        Assert.DoesNotContain(idNumber[6..14], volunteerEvent.Body);
        Assert.DoesNotContain("12345678", volunteerEvent.Body);
    }

    // A queue of the test's own, bound to the exchange MassTransit publishes the event type to.
    private static async Task<string> WatchAsync(IChannel channel, string eventName)
    {
        var exchange = $"Volunteer.Contracts.Events:{eventName}";
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
        var queue = (await channel.QueueDeclareAsync(exclusive: true)).QueueName;
        await channel.QueueBindAsync(queue, exchange, "");
        return queue;
    }

    private static async Task<(JsonElement Message, string Body)> NextAsync(IChannel channel, string queue)
    {
        var delivered = await Eventually.GetAsync(() => channel.BasicGetAsync(queue, autoAck: true), d => d is not null);
        Assert.NotNull(delivered);
        var body = Encoding.UTF8.GetString(delivered.Body.Span);
        return (JsonDocument.Parse(body).RootElement.GetProperty("message"), body);
    }
}
