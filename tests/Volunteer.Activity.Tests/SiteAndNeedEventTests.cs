using Google.Protobuf.WellKnownTypes;
using RabbitMQ.Client;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Contracts.Events;
using static Volunteer.Activity.Tests.PublishedEvents;

namespace Volunteer.Activity.Tests;

/// <summary>Site and need edits reach the services that copy them (reporting) through the outbox.</summary>
public sealed class SiteAndNeedEventTests(ActivityServiceHost host) : IClassFixture<ActivityServiceHost>
{
    [Fact]
    public async Task Edits_are_announced_with_the_changed_fields_and_a_contact_never_travels()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        await using var connection = await new ConnectionFactory { Uri = host.Messaging }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var siteUpdates = await WatchAsync(channel, nameof(SiteUpdated));
        var needUpdates = await WatchAsync(channel, nameof(NeedUpdated));
        var site = (await client.RegisterSiteAsync(SiteAndNeedEditTests.NewSite(world), world.CityAdmin(host))).Site;
        var need = (await client.RegisterNeedAsync(new RegisterNeedRequest
        {
            SiteId = site.Id, Title = "初三物理实验课", Domain = ServiceDomain.Education, WishedFrom = "2028-05-01",
            WishedTo = "2028-05-31", RiskStatement = "山区道路",
        }, world.CityAdmin(host))).Need;

        await client.UpdateSiteAsync(new UpdateSiteRequest
        {
            Id = site.Id, UpdateMask = new FieldMask { Paths = { "contact" } },
            Site = new SiteChanges { Contact = new SiteContact { Name = "王主任", Phone = "0763-6629999" } },
        }, world.CityAdmin(host));
        await client.UpdateSiteAsync(new UpdateSiteRequest
        {
            Id = site.Id, UpdateMask = new FieldMask { Paths = { "name", "contact" } },
            Site = new SiteChanges
            {
                Name = "连山县太保镇第三小学", Contact = new SiteContact { Name = "赵主任", Phone = "0763-6628888" },
            },
        }, world.CityAdmin(host));
        await client.UpdateNeedAsync(new UpdateNeedRequest
        {
            Id = need.Id, UpdateMask = new FieldMask { Paths = { "title", "risk_statement" } },
            Need = new NeedChanges { Title = "初三化学实验课", RiskStatement = "山区道路，雨季落石" },
        }, world.CityAdmin(host));

        var siteUpdated = await NextAsync(channel, siteUpdates);
        var needUpdated = await NextAsync(channel, needUpdates);
        Assert.Equal((site.Id, "连山县太保镇第三小学", "school", "designated"), (siteUpdated.GetProperty("siteId").GetString(),
            siteUpdated.GetProperty("name").GetString(), siteUpdated.GetProperty("kind").GetString(),
            siteUpdated.GetProperty("mode").GetString()));
        Assert.Equal(["name"], siteUpdated.GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()));
        Assert.DoesNotContain("主任", siteUpdated.GetRawText());
        Assert.DoesNotContain("0763", siteUpdated.GetRawText());
        Assert.Null(await channel.BasicGetAsync(siteUpdates, autoAck: true));
        Assert.Equal(("初三化学实验课", "education"),
            (needUpdated.GetProperty("title").GetString(), needUpdated.GetProperty("domain").GetString()));
        Assert.Equal(["title", "risk_statement"],
            needUpdated.GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()));
    }
}
