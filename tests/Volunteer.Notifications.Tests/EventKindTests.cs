using Volunteer.Contracts.Events;
using Volunteer.Notifications.Inbox;
using Volunteer.Notifications.Overdue;

namespace Volunteer.Notifications.Tests;

/// <summary>Each kind of event reaches exactly the people it concerns, once, however often it arrives.</summary>
public sealed class EventKindTests(NotificationsServiceHost host) : IClassFixture<NotificationsServiceHost>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public async Task Each_event_kind_reaches_exactly_the_right_people_once()
    {
        var world = await new NotificationWorld(host).BuildAsync();
        var activity = Guid.CreateVersion7();
        await host.DeliverAsync(Planned(activity, world.UnionA, [world.Team], new DateOnly(2027, 5, 10)));
        await host.DeliverAsync(world.Confirmed(world.V1, activity));
        var blocked = new ActivityClearanceChanged(activity, world.UnionA, false, 2,
            [new("UNINSURED", world.V1, [new DateOnly(2027, 5, 10)], "uninsured"),
             new("NO_SAFETY_TRAINING", world.V2, [], "no training")], Now);
        await host.DeliverAsync(blocked);
        await host.DeliverAsync(blocked);
        await host.DeliverAsync(blocked with { Revision = 1 });
        await host.DeliverAsync(blocked with { Revision = 3, Cleared = true, Reasons = [] });
        await host.DeliverAsync(Attendance(activity, world.V1, world.UnionA, "awaiting-organiser"));
        await host.DeliverAsync(Attendance(activity, world.V2, world.UnionA, "awaiting-province"));
        await host.DeliverAsync(Attendance(activity, world.V2, world.UnionA, "counted"));
        var policy = Guid.CreateVersion7();
        await host.DeliverAsync(new PolicyExpiring(policy, world.UnionB, new DateOnly(2027, 5, 31), [activity], Now));
        await host.DeliverAsync(Digest(null));
        await host.DeliverAsync(Digest(world.UnionA));
        var late = Guid.CreateVersion7();
        await host.DeliverAsync(Planned(late, world.UnionA, [], new DateOnly(2027, 4, 1)));
        var recorded = Guid.CreateVersion7();
        await host.DeliverAsync(Planned(recorded, world.UnionA, [], new DateOnly(2027, 4, 1)));
        await host.DeliverAsync(new ActivityRecorded(recorded, world.UnionA, [], Now));
        var found = await ScanAsync(new DateOnly(2027, 4, 20));
        var again = await ScanAsync(new DateOnly(2027, 4, 21));

        Assert.Equal((1, 0), (found, again));
        Assert.Equal([NotificationKinds.ActivityProposed, NotificationKinds.ParticipationConfirmed],
            await world.KindsOfAsync(world.V1.ToString()));
        Assert.Equal([NotificationKinds.ActivityProposed], await world.KindsOfAsync(world.V2.ToString()));
        Assert.Empty(await world.KindsOfAsync(world.V3.ToString()));
        Assert.Equal(
            [NotificationKinds.ActivityBlocked, NotificationKinds.HoursAwaitingApproval,
             NotificationKinds.DigestPublished, NotificationKinds.RecordOverdue],
            await world.KindsOfAsync(world.AdminA));
        Assert.Equal([NotificationKinds.PolicyExpiring], await world.KindsOfAsync(world.AdminB));
        Assert.Equal([NotificationKinds.HoursAwaitingApproval, NotificationKinds.DigestPublished],
            await world.KindsOfAsync(world.Province));
        Assert.Empty(await world.KindsOfAsync(world.FormerAdminA));
    }

    [Fact]
    public async Task A_blocked_activity_is_explained_in_Chinese_without_naming_anyone()
    {
        var world = await new NotificationWorld(host).BuildAsync();
        var activity = Guid.CreateVersion7();
        await host.DeliverAsync(Planned(activity, world.UnionA, [], new DateOnly(2027, 6, 10)));
        await host.DeliverAsync(new ActivityClearanceChanged(activity, world.UnionA, false, 1,
            [new("PLAN_NOT_APPROVED", null, [], "plan"), new("UNINSURED", world.V1, [], "u"),
             new("UNINSURED", world.V2, [], "u")], Now));

        var notice = Assert.Single((await world.ListAsync(world.AdminA)).Notifications);

        Assert.Equal($"activities/{activity}", notice.Link);
        Assert.Contains("「送教下乡」未通过安全审核", notice.Text);
        Assert.Contains("安全预案尚未批准", notice.Text);
        Assert.Contains("2 名参与者在活动期间未投保", notice.Text);
        Assert.DoesNotContain(world.V1.ToString(), notice.Text);
        Assert.DoesNotContain("UNINSURED", notice.Text);
    }

    private Task<int> ScanAsync(DateOnly today) =>
        host.WithServiceAsync<RecordOverdueScan, int>(scan => scan.RunAsync(today, CancellationToken.None));

    private static ActivityPlanned Planned(Guid id, Guid union, IReadOnlyList<Guid> teams, DateOnly endsOn) =>
        new(id, union, 2027, "送教下乡", "teaching", "education", "designated", null, null, teams,
            endsOn.AddDays(-1), endsOn, "清远市连山县", "441825", "负责人", "送教", false, Now);

    private static AttendanceRecorded Attendance(Guid activity, Guid volunteer, Guid union, string status) =>
        new(Guid.CreateVersion7(), activity, volunteer, union, new DateOnly(2027, 5, 9), Now, Now, 10m, status, 2,
            Now);

    private static DigestPublished Digest(Guid? union) =>
        new(Guid.CreateVersion7(), "monthly", union, new DateOnly(2027, 4, 1), new DateOnly(2027, 4, 30), "schedule",
            Now);
}
