using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Events;
using Volunteer.Contracts.Notifications.V1;

namespace Volunteer.Notifications.Tests;

/// <summary>
/// Two unions with an admin each, a provincial admin, a revoked admin of A and a team of A whose
/// members are v1 and v2 (v3 joined and left), all announced as identity and roster would.
/// </summary>
public sealed class NotificationWorld(NotificationsServiceHost host)
{
    public Guid UnionA { get; } = Guid.CreateVersion7();
    public Guid UnionB { get; } = Guid.CreateVersion7();
    public Guid Team { get; } = Guid.CreateVersion7();
    public string AdminA { get; } = Guid.CreateVersion7().ToString();
    public string AdminB { get; } = Guid.CreateVersion7().ToString();
    public string FormerAdminA { get; } = Guid.CreateVersion7().ToString();
    public string Province { get; } = Guid.CreateVersion7().ToString();
    public Guid V1 { get; } = Guid.CreateVersion7();
    public Guid V2 { get; } = Guid.CreateVersion7();
    public Guid V3 { get; } = Guid.CreateVersion7();

    public async Task<NotificationWorld> BuildAsync()
    {
        var now = DateTimeOffset.UtcNow;
        await GrantAsync(AdminA, PlatformRoles.UnionAdmin, UnionA);
        await GrantAsync(AdminB, PlatformRoles.UnionAdmin, UnionB);
        await GrantAsync(Province, PlatformRoles.ProvincialAdmin, null);
        var former = await GrantAsync(FormerAdminA, PlatformRoles.UnionAdmin, UnionA);
        await host.DeliverAsync(new RoleRevoked(former, now));
        foreach (var volunteer in new[] { V1, V2, V3 })
        {
            var joined = new TeamMemberJoined(Team, UnionA, volunteer, "volunteer", new DateOnly(2027, 3, 1), now);
            await host.DeliverAsync(joined);
        }

        await host.DeliverAsync(new TeamMemberLeft(Team, UnionA, V3, new DateOnly(2027, 3, 2), now.AddSeconds(1)));
        return this;
    }

    /// <summary>v's confirmation for an activity of A, as activity would announce it.</summary>
    public ParticipantConfirmed Confirmed(Guid volunteer, Guid? activity = null) =>
        new(activity ?? Guid.CreateVersion7(), volunteer, Team, UnionA, DateTimeOffset.UtcNow);

    /// <summary>The kinds of the person's notifications, oldest first, read through the API with their token.</summary>
    public async Task<List<string>> KindsOfAsync(string subject) =>
        (await ListAsync(subject)).Notifications.Select(n => n.Kind).Reverse().ToList();

    public async Task<ListNotificationsResponse> ListAsync(string subject, bool unreadOnly = false) =>
        await host.Client().ListNotificationsAsync(
            new ListNotificationsRequest { UnreadOnly = unreadOnly, PageSize = 200 }, TokenOf(subject));

    public Metadata TokenOf(string subject) => host.BearerToken(PlatformRoles.Volunteer, UnionA.ToString(), subject);

    private async Task<Guid> GrantAsync(string subject, string role, Guid? union)
    {
        var grant = Guid.CreateVersion7();
        await host.DeliverAsync(new RoleGranted(grant, subject, role, union, null, DateTimeOffset.UtcNow));
        return grant;
    }
}
