using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Events;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Testing;

namespace Volunteer.Reporting.Tests;

/// <summary>
/// One campaign fed through the broker out of order and with redeliveries; the figures must be exact,
/// and a rebuild from the projection log must give them again.
/// </summary>
public sealed class ProjectionTests(ReportingServiceHost host) : IClassFixture<ReportingServiceHost>
{
    private static readonly DateOnly May10 = new(2026, 5, 10);

    [Fact]
    public async Task Events_in_any_order_and_redelivered_give_exact_figures_and_a_rebuild_gives_them_again()
    {
        await host.WaitUntilReadyAsync();
        var events = new CampaignEvents(host);
        var (v1, v2, v3) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var (t1, t2, t3) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var (a1, a2, a3, a4) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var (att1, att2) = (Guid.NewGuid(), Guid.NewGuid());
        var at = CampaignEvents.At;
        var completedA1 = CampaignEvents.Completed(a1, events.City1, 120, 5000m, new SpendingLine(800m, "travel", "union"), new SpendingLine(200m, "materials", "unit"));

        await events.PublishAllAsync(
            // The city before its province; a vetting before the registration; members before their team.
            events.Union(events.City1, events.Province, "广州市教育工会", "city-education", 30, 300),
            events.Union(events.Province, null, "广东省教科文卫工会", "provincial", 100, 1000),
            events.Union(events.City2, events.Province, "韶关市教育工会", "city-education", 20, 200),
            new VolunteerVetted(v1, events.City1, "approved", at),
            new VolunteerRegistered(v1, events.City1, "李文静", "female", "教师", [], [], false, at.AddDays(-1)),
            new VolunteerRegistered(v2, events.City1, "王强", "male", null, [], [], false, at),
            new VolunteerVetted(v2, events.City1, "approved", at),
            new VolunteerRegistered(v3, events.City2, "陈医生", "male", "医生", [], [], true, at),
            new TeamMemberJoined(t1, events.City1, v1, "captain", new DateOnly(2026, 4, 1), DateTimeOffset.UtcNow),
            new TeamMemberLeft(t1, events.City1, v2, new DateOnly(2026, 5, 1), DateTimeOffset.UtcNow),
            new TeamMemberJoined(t1, events.City1, v2, "volunteer", new DateOnly(2026, 4, 1), DateTimeOffset.UtcNow.AddMinutes(-1)),
            new TeamFormed(t1, events.City1, "广州送教分队", "education", at),
            new TeamActivated(t1, events.City1, v1, 2, at),
            new TeamFormed(t2, events.City2, "韶关医疗分队", "medical", at),
            new TeamMemberJoined(t2, events.City2, v3, "captain", new DateOnly(2026, 4, 1), DateTimeOffset.UtcNow),
            new TeamActivated(t2, events.City2, v3, 1, at),
            new TeamFormed(t3, events.City1, "已解散分队", "culture", at),
            new TeamDisbanded(t3, events.City1, at.AddDays(2)),
            new TeamActivated(t3, events.City1, v1, 1, at.AddDays(1)),
            // Activity 1: a correction that arrives before the original; an approval before its attendance.
            events.Planned(a1, events.City1, "连州送教", "teaching", "designated", "education", May10, May10),
            new AttendanceRecorded(att1, a1, v1, events.City1, May10, at, at, 6m, "counted", 2, at),
            new AttendanceRecorded(att1, a1, v1, events.City1, May10, at, at, 9m, "awaiting-organiser", 1, at),
            new HoursApproved(att2, a1, v2, May10, 10m, "organiser", at),
            new AttendanceRecorded(att2, a1, v2, events.City1, May10, at, at, 10m, "awaiting-organiser", 1, at),
            completedA1,
            new ActivityRecorded(a1, events.City1, [new RecordedService(v1, May10, 6m), new RecordedService(v2, May10, 10m)], at.AddDays(21)),
            new IncidentReported(Guid.NewGuid(), a1, events.City1, "serious", new DateTimeOffset(2026, 5, 10, 3, 0, 0, TimeSpan.Zero), [v1], [], at),
            // Activity 2: completed before it was planned, never recorded (ended 20 May: overdue by 15 June).
            CampaignEvents.Completed(a2, events.City2, 30, 0m),
            events.Planned(a2, events.City2, "乳源义诊", "medical", "paired", "health", new DateOnly(2026, 5, 20), new DateOnly(2026, 5, 20)),
            // Activity 3: cancelled. Activity 4: starts in three days, blocked; the older cleared verdict comes last.
            events.Planned(a3, events.City1, "取消的活动", "teaching", "designated", "education", new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 1)),
            new ActivityCancelled(a3, events.City1, "暴雨", at),
            events.Planned(a4, events.City2, "咨询服务", "consulting", "designated", "culture", new DateOnly(2026, 6, 18), new DateOnly(2026, 6, 18)),
            new ActivitySubmitted(a4, events.City2, "咨询服务", "consulting", new DateOnly(2026, 6, 18), new DateOnly(2026, 6, 18),
                new DateOnly(2026, 6, 18), new DateOnly(2026, 6, 18), false, [v3], at),
            new ActivityClearanceChanged(a4, events.City2, false, 2, [new ClearanceReason("UNINSURED", v3, [new DateOnly(2026, 6, 18)], "未投保")], at),
            new ActivityClearanceChanged(a4, events.City2, true, 1, [], at));
        // Redeliveries (same MessageId) and a second completion of activity 1 change nothing.
        var redelivered = await events.PublishAsync(new AttendanceRecorded(Guid.NewGuid(), a1, v1, events.City1, May10, at, at, 5m, "counted", 1, at));
        await events.PublishAsync(new AttendanceRecorded(Guid.NewGuid(), a1, v1, events.City1, May10, at, at, 5m, "counted", 1, at), redelivered);
        await events.PublishAsync(completedA1);

        var province = await Eventually.GetAsync(() => FiguresAsync(""), f => f.RecordedHours == 16 && f.OverdueRecords == 1 && f.UnclearedUpcoming == 1
            && f.ServiceHours == 21 && f.DonationValue == 5000 && f.IncidentsBySeverity.Count == 1 && f.VettedPeople == 1 && f.ActiveTeams == 2);

        Assert.Equal((events.Province.ToString(), "广东省教科文卫工会"), (province.UnionId, province.UnionName));
        Assert.Equal((2, 100, 1, 1000), (province.ActiveTeams, province.TeamTarget, province.VettedPeople, province.PeopleTarget));
        Assert.Equal(4, province.Activities);
        Assert.Equal(["consulting:1", "medical:1", "teaching:1"], Tallies(province.ActivitiesByForm));
        Assert.Equal(["designated:2", "paired:1"], Tallies(province.ActivitiesByMode));
        Assert.Equal(["blocked:1", "cancelled:1", "completed:1", "recorded:1"], Tallies(province.ActivitiesByStatus));
        // 6 + 10 on activity 1, plus the extra attendance of 5 counted hours that was redelivered once.
        Assert.Equal((21d, 16d, 2), (province.ServiceHours, province.RecordedHours, province.VolunteersServed));
        Assert.Equal((150, 5000d), (province.Beneficiaries, province.DonationValue));
        Assert.Equal(["union:800", "unit:200"], province.SpendingBySource.Select(a => $"{a.Key}:{a.Value}"));
        Assert.Equal(["serious:1"], Tallies(province.IncidentsBySeverity));
        Assert.Equal((1, 1), (province.UnclearedUpcoming, province.OverdueRecords));
        Assert.Equal(["广州市教育工会:21", "韶关市教育工会:0"], province.HoursByUnion.Select(a => $"{a.Key}:{a.Value}"));

        var city = await FiguresAsync(events.City1.ToString(), PlatformRoles.ReportViewer, events.City1);
        Assert.Equal((1, 30, 2, 21d), (city.ActiveTeams, city.TeamTarget, city.Activities, city.ServiceHours));

        var client = new ReportingService.ReportingServiceClient(host.CreateChannel());
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => client.RebuildReadModelsAsync(
            new RebuildReadModelsRequest(), host.BearerToken(PlatformRoles.UnionAdmin, events.Province.ToString())).ResponseAsync);
        var replayed = await client.RebuildReadModelsAsync(new RebuildReadModelsRequest(), host.BearerToken(PlatformRoles.ProvincialAdmin));
        Assert.True(replayed.EventsReplayed >= 36);
        Assert.Equal(province, await FiguresAsync(""));
    }

    [Fact]
    public async Task Figures_of_a_union_outside_the_callers_subtree_are_denied_and_bad_fields_are_named()
    {
        await host.WaitUntilReadyAsync();
        var events = new CampaignEvents(host);
        await events.PublishAllAsync(
            events.Union(events.City1, null, "广州市教育工会", "city-education", 30, 300),
            events.Union(events.City2, null, "韶关市教育工会", "city-education", 20, 200));
        await Eventually.GetAsync(() => FiguresOrNullAsync(events.City2.ToString(), PlatformRoles.UnionAdmin, events.City2), f => f?.TeamTarget == 20);

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied,
            () => FiguresAsync(events.City2.ToString(), PlatformRoles.UnionAdmin, events.City1));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => FiguresAsync("", PlatformRoles.Volunteer, events.City1));
        // Ids are read at the edge, before the rest of the request.
        foreach (var (unionId, expected) in new[] { ("x", "union_id"), ("", "period_start") })
        {
            var fields = await RpcAssert.InvalidFieldsAsync(() => new ReportingService.ReportingServiceClient(host.CreateChannel())
                .GetFiguresAsync(new GetFiguresRequest { UnionId = unionId, PeriodStart = "2026-13-01", PeriodEnd = "2026-06-01" },
                    host.BearerToken(PlatformRoles.ProvincialAdmin)).ResponseAsync);
            Assert.Equal([expected], fields);
        }
    }

    private async Task<Contracts.Reporting.V1.Figures> FiguresAsync(string unionId, string role = PlatformRoles.ProvincialAdmin, Guid? callerUnion = null) =>
        (await new ReportingService.ReportingServiceClient(host.CreateChannel()).GetFiguresAsync(
            new GetFiguresRequest { UnionId = unionId, PeriodStart = "2026-01-01", PeriodEnd = "2026-06-30" },
            host.BearerToken(role, callerUnion?.ToString()))).Figures;

    /// <summary>Null while the union has not arrived yet.</summary>
    private async Task<Contracts.Reporting.V1.Figures?> FiguresOrNullAsync(string unionId, string role, Guid callerUnion)
    {
        try
        {
            return await FiguresAsync(unionId, role, callerUnion);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return null;
        }
    }

    private static string[] Tallies(IEnumerable<Tally> tallies) => [.. tallies.Select(t => $"{t.Key}:{t.Count}")];
}
