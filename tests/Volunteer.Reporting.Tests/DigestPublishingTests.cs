using System.Text;
using System.Text.Json;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using RabbitMQ.Client;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Testing;

namespace Volunteer.Reporting.Tests;

public sealed class DigestPublishingTests(ReportingServiceHost host) : IClassFixture<ReportingServiceHost>
{
    [Fact]
    public async Task A_new_digest_is_announced_through_the_outbox_and_written_to_the_output_folder()
    {
        var folder = TemporaryDirectory.Create("digests-");
        try
        {
            await ProducesAsync(folder);
        }
        finally
        {
            TemporaryDirectory.Delete(folder);
        }
    }

    private async Task ProducesAsync(string folder)
    {
        await using var withFolder = host.WithWebHostBuilder(b => b.UseSetting("Reporting:Digests:OutputFolder", folder));
        await host.WaitUntilReadyAsync();
        await using var connection = await new ConnectionFactory { Uri = host.Messaging }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        const string exchange = "Volunteer.Contracts.Events:DigestPublished";
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
        var queue = (await channel.QueueDeclareAsync(exclusive: true)).QueueName;
        await channel.QueueBindAsync(queue, exchange, "");
        var client = new ReportingService.ReportingServiceClient(GrpcChannel.ForAddress(withFolder.Server.BaseAddress,
            new GrpcChannelOptions { HttpHandler = withFolder.Server.CreateHandler() }));

        var digest = (await client.GenerateDigestAsync(new GenerateDigestRequest { Kind = DigestKind.Weekly, PeriodDay = "2026-06-03" },
            host.BearerToken(PlatformRoles.ProvincialAdmin))).Digest;

        var delivered = await Eventually.GetAsync(() => channel.BasicGetAsync(queue, autoAck: true), d => d is not null);
        var message = JsonDocument.Parse(Encoding.UTF8.GetString(delivered!.Body.Span)).RootElement.GetProperty("message");
        Assert.Equal((digest.Id, "weekly", "2026-06-01", "2026-06-07", "on-demand"), (message.GetProperty("digestId").GetString(),
            message.GetProperty("kind").GetString(), message.GetProperty("periodStart").GetString(), message.GetProperty("periodEnd").GetString(),
            message.GetProperty("trigger").GetString()));
        Assert.Equal(["weekly-province-2026-06-01.html", "weekly-province-2026-06-01.json", "weekly-province-2026-06-01.md"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        Assert.Contains("<svg", await File.ReadAllTextAsync(Path.Combine(folder, "weekly-province-2026-06-01.html")));
    }
}
