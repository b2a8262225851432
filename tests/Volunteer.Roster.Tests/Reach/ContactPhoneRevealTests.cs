using Google.Rpc;
using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;
using Xunit;

namespace Volunteer.Roster.Tests.Reach;

/// <summary>
/// A participant's phones go only to those responsible for the activity (its teams' captains, the organiser's
/// safety officers and admins), only around the activity's days (default: 1 day before to 2 days after), and
/// every reveal is audited with its reason; a refusal shows no phone and leaves no audit entry.
/// </summary>
public sealed class ContactPhoneRevealTests(RosterServiceHost host) : IClassFixture<RosterServiceHost>
{
    private readonly RosterTestData _data = new(host);

    [Fact]
    public async Task Those_responsible_for_the_activity_see_both_phones_and_each_reveal_is_audited()
    {
        var world = await ReachWorld.CreateAsync(host);
        var activity = await world.ActivityAsync(startsIn: -1);
        var callers = new (Metadata Token, string Role)[]
        {
            (world.Unions.TokenFor(PlatformRoles.TeamCaptain), PlatformRoles.TeamCaptain),
            (world.Unions.TokenFor(PlatformRoles.SafetyOfficer), PlatformRoles.SafetyOfficer),
            (world.Unions.AdminOf(world.Unions.A), PlatformRoles.UnionAdmin),
            (_data.Province, PlatformRoles.ProvincialAdmin),
        };

        foreach (var (token, _) in callers)
        {
            var phones = await _data.Client().RevealContactPhonesAsync(world.Request(activity), token);
            Assert.Equal((world.Participant.Id, ReachWorld.ParticipantPhone, "陈小红", "配偶", ReachWorld.ContactPhone),
                (phones.VolunteerId, phones.Phone, phones.EmergencyContactName, phones.EmergencyContactRelationship,
                    phones.EmergencyContactPhone));
        }

        var audited = await AuditedAsync(activity);
        Assert.Equal(callers.Select(c => c.Role), audited.Select(e => e.ActorRole));
        Assert.All(audited, entry =>
        {
            Assert.Equal(DisclosureKind.ContactPhonesReveal, entry.Kind);
            Assert.Equal((world.Participant.Id, world.Unions.A.Id, "队员在返程途中受伤，需联系家属"),
                (entry.VolunteerId, entry.UnionId, entry.Reason));
        });
    }

    [Fact]
    public async Task Callers_not_responsible_for_the_activity_learn_nothing()
    {
        var world = await ReachWorld.CreateAsync(host);
        var activity = await world.ActivityAsync(startsIn: 0);
        var captainOfB = world.Unions.OfB;
        await _data.Client().AddTeamMemberAsync(new AddTeamMemberRequest
        {
            TeamId = world.Unions.TeamB.Id, VolunteerId = captainOfB.Id, Role = TeamRole.Captain,
        }, _data.Province);
        var refused = new (Metadata Token, StatusCode Code)[]
        {
            (world.Unions.AdminOf(world.Unions.B), StatusCode.NotFound),
            (host.BearerToken(PlatformRoles.SafetyOfficer, world.Unions.B.Id), StatusCode.NotFound),
            (host.BearerToken(PlatformRoles.TeamCaptain, world.Unions.B.Id, subject: captainOfB.Id), StatusCode.NotFound),
            (world.Unions.TokenFor(PlatformRoles.Volunteer), StatusCode.PermissionDenied),
            (host.BearerToken(PlatformRoles.Volunteer, world.Unions.A.Id, subject: world.Participant.Id),
                StatusCode.PermissionDenied),
            (world.Unions.TokenFor(PlatformRoles.ReportViewer), StatusCode.PermissionDenied),
        };

        foreach (var (token, code) in refused)
        {
            var error = await RpcAssert.FailsAsync(code,
                () => _data.Client().RevealContactPhonesAsync(world.Request(activity), token).ResponseAsync);
            Assert.DoesNotContain("12345678", error.ToString());
            Assert.DoesNotContain("87654321", error.ToString());
        }

        Assert.Empty(await AuditedAsync(activity));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, false)]
    [InlineData(-4, true)]
    [InlineData(-5, false)]
    public async Task Phones_are_shown_from_a_day_before_the_activity_until_two_days_after_it(
        int startsIn, bool shown)
    {
        var world = await ReachWorld.CreateAsync(host);
        var activity = await world.ActivityAsync(startsIn);
        var leader = world.Unions.TokenFor(PlatformRoles.TeamCaptain);

        if (shown)
        {
            await _data.Client().RevealContactPhonesAsync(world.Request(activity), leader);
            Assert.Single(await AuditedAsync(activity));
            return;
        }

        await RefusedAsync("OUTSIDE_ACTIVITY_WINDOW",
            () => _data.Client().RevealContactPhonesAsync(world.Request(activity), leader).ResponseAsync);
        Assert.Empty(await AuditedAsync(activity));
    }

    [Fact]
    public async Task Only_confirmed_participants_of_a_live_activity_can_be_reached()
    {
        var world = await ReachWorld.CreateAsync(host);
        var activity = await world.ActivityAsync(startsIn: 0);
        var admin = world.Unions.AdminOf(world.Unions.A);

        await RefusedAsync("NOT_A_PARTICIPANT", () => _data.Client().RevealContactPhonesAsync(
            world.Request(activity, world.Unions.OtherOfA), admin).ResponseAsync);
        var unknown = world.Request(activity);
        unknown.VolunteerId = Guid.NewGuid().ToString();
        await RefusedAsync("NOT_A_PARTICIPANT",
            () => _data.Client().RevealContactPhonesAsync(unknown, admin).ResponseAsync);
        await world.WithdrawAsync(activity);
        await RefusedAsync("NOT_A_PARTICIPANT",
            () => _data.Client().RevealContactPhonesAsync(world.Request(activity), admin).ResponseAsync);
        await world.CancelAsync(activity);
        await RefusedAsync("ACTIVITY_CANCELLED",
            () => _data.Client().RevealContactPhonesAsync(world.Request(activity), admin).ResponseAsync);
        Assert.Empty(await AuditedAsync(activity));
    }

    private static async Task RefusedAsync(string reason, Func<Task> call)
    {
        var error = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, call);
        Assert.Equal(reason, error.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
    }

    private async Task<List<AuditEntry>> AuditedAsync(Guid activity) =>
        [.. (await _data.Client().ListAuditEntriesAsync(new ListAuditEntriesRequest { PageSize = 500 }, _data.Province))
            .Entries.Where(e => e.ActivityId == activity.ToString())];
}
