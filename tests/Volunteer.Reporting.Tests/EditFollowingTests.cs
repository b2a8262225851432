using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Events;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.ReadModels;
using Volunteer.Testing;

namespace Volunteer.Reporting.Tests;

/// <summary>Edits made in roster and activity reach reporting's copies through the broker, newest first.</summary>
public sealed class EditFollowingTests(ReportingServiceHost host) : IClassFixture<ReportingServiceHost>
{
    [Fact]
    public async Task A_team_keeps_its_newest_name_when_renames_overtake_the_formation_and_come_twice()
    {
        await host.WaitUntilReadyAsync();
        var events = new CampaignEvents(host);
        var team = Guid.NewGuid();
        var formedAt = CampaignEvents.At;
        var latest = new TeamRenamed(team, events.City1, "连州送教二队", "连州送教一队", formedAt.AddMinutes(2));
        var latestId = await events.PublishAsync(latest);
        await events.PublishAsync(new TeamRenamed(team, events.City1, "连州送教一队", "连州送教分队", formedAt.AddMinutes(1)));
        await events.PublishAsync(latest, latestId);
        await events.PublishAsync(new TeamFormed(team, events.City1, "连州送教分队", "education", formedAt));

        // The formation comes last in the queue: once its specialty shows, every rename before it was applied.
        var row = await Eventually.GetAsync(() => FindAsync<TeamRow>(team), t => t?.Specialty == "education");

        Assert.Equal(("连州送教二队", formedAt.AddMinutes(2)), (row!.Name, row.NamedAt));
    }

    [Fact]
    public async Task Sites_and_needs_keep_their_newest_edit_whatever_the_arrival_order()
    {
        await host.WaitUntilReadyAsync();
        var events = new CampaignEvents(host);
        var (site, need) = (Guid.NewGuid(), Guid.NewGuid());
        var at = CampaignEvents.At;
        await events.PublishAllAsync(
            new SiteUpdated(site, events.City1, "太保镇第三小学", "school", "441825", "designated", ["name"], at.AddHours(2)),
            new SiteUpdated(site, events.City1, "太保镇第二小学", "school", "441825", "designated", ["name"], at.AddHours(1)),
            new SiteRegistered(site, events.City1, "太保镇中心小学", "school", "441825", "designated", at),
            new NeedUpdated(need, site, events.City1, "初三化学实验课", "education", ["化学教学"],
                new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31), ["title", "skills"], at.AddHours(1)),
            new NeedRegistered(need, site, events.City1, "初三物理实验课", "education", [],
                new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31), at),
            new NeedMatched(need, site, Guid.NewGuid(), events.City1, at.AddHours(3)));

        // The match comes last in the queue: once it shows, every edit and registration before it was applied.
        var matched = await Eventually.GetAsync(() => FindAsync<NeedRow>(need), n => n?.MatchedTeamIds.Count == 1);
        var siteRow = await FindAsync<SiteRow>(site);

        Assert.Equal(("太保镇第三小学", at.AddHours(2)), (siteRow!.Name, siteRow.RevisedAt));
        Assert.Equal(("初三化学实验课", at.AddHours(1)), (matched!.Title, matched.RevisedAt));
    }

    private async Task<T?> FindAsync<T>(Guid id) where T : class
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ReportingDbContext>().Set<T>().AsNoTracking()
            .FirstOrDefaultAsync(row => EF.Property<Guid>(row, "Id") == id);
    }
}
