using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Events;
using Volunteer.Contracts.Safety.V1;

namespace Volunteer.Safety.Tests;

/// <summary>Unions, volunteers, activities, policies and plans for a test, fed the way production feeds them.</summary>
public sealed class SafetyTestData(SafetyServiceHost host)
{
    public static readonly DateOnly PolicyStart = new(2027, 1, 1);
    public static readonly DateOnly PolicyEnd = new(2027, 12, 31);

    public Metadata Province { get; } = host.BearerToken(PlatformRoles.ProvincialAdmin, subject: "province-admin");

    public SafetyService.SafetyServiceClient Client() => new(host.CreateChannel());

    public Metadata Officer(Guid union, string subject = "officer-1") => host.BearerToken(PlatformRoles.SafetyOfficer, union.ToString(), subject);

    public Metadata UnionAdmin(Guid union, string subject = "union-admin-1") => host.BearerToken(PlatformRoles.UnionAdmin, union.ToString(), subject);

    /// <summary>A city union under a provincial one, both known to safety's union tree.</summary>
    public async Task<Guid> CityAsync()
    {
        var province = Guid.CreateVersion7();
        var city = Guid.CreateVersion7();
        await host.PublishAsync(new UnionRegistered(province, null, "省教科文卫工会", "provincial", "440000", 100, 1000, DateTimeOffset.UtcNow));
        await host.PublishAsync(new UnionRegistered(city, province, "市教育工会", "city-education", "440100", 10, 100, DateTimeOffset.UtcNow));
        await host.UntilAsync(async db => await db.Set<UnionTree.UnionNode>().CountAsync(u => u.Id == province || u.Id == city) == 2);
        return city;
    }

    /// <summary>
    /// A volunteer known from the roster, trained on the day given in the kinds given (default: business, conduct
    /// and safety, all that preparation requires).
    /// </summary>
    public async Task<Guid> VolunteerAsync(
        Guid union, DateOnly? trainedOn = null, string name = "李文静", IReadOnlyList<string>? kinds = null)
    {
        var id = Guid.CreateVersion7();
        await host.PublishAsync(new VolunteerRegistered(id, union, name, "female", null, [], [], false, DateTimeOffset.UtcNow));
        var trainings = trainedOn is null ? [] : kinds ?? ["business", "conduct", "safety"];
        foreach (var kind in trainings)
        {
            await host.PublishAsync(new TrainingRecorded(Guid.CreateVersion7(), id, union, kind, "岗前培训", 4, trainedOn!.Value));
        }

        await host.UntilAsync(async db => await db.Volunteers.AnyAsync(v => v.Id == id)
            && await db.SafetyTrainings.CountAsync(t => t.VolunteerId == id) == trainings.Count);
        return id;
    }

    /// <summary>
    /// An activity submitted for clearance, once safety has judged it: three service days (by default
    /// 10–12 May 2027) with a travel day before and after.
    /// </summary>
    public async Task<Guid> ActivityAsync(Guid union, IReadOnlyList<Guid> participants, bool online = false,
        DateOnly? startsOn = null, IReadOnlyList<Guid>? teams = null)
    {
        var id = Guid.CreateVersion7();
        var starts = startsOn ?? new DateOnly(2027, 5, 10);
        await host.PublishAsync(new ActivitySubmitted(id, union, "送教下乡", online ? "internet-plus" : "teaching",
            starts, starts.AddDays(2), starts.AddDays(-1), starts.AddDays(3), online, participants,
            DateTimeOffset.UtcNow, teams ?? []));
        await host.UntilAsync(db => db.Activities.AnyAsync(a => a.Id == id && a.ClearanceRevision > 0));
        return id;
    }

    /// <summary>A team of the union led by a new volunteer, as roster announces it; returns (team, captain).</summary>
    public async Task<(Guid Team, Guid Captain)> CaptainedTeamAsync(Guid union)
    {
        var (team, captain) = (Guid.CreateVersion7(), await VolunteerAsync(union, name: "王队长"));
        await host.PublishAsync(
            new TeamMemberJoined(team, union, captain, "captain", new DateOnly(2027, 3, 1), DateTimeOffset.UtcNow));
        await host.UntilAsync(db => db.TeamCaptaincies.AnyAsync(c => c.TeamId == team && c.Leads));
        return (team, captain);
    }

    public Metadata Captain(Guid union, Guid captain) =>
        host.BearerToken(PlatformRoles.TeamCaptain, union.ToString(), captain.ToString());

    public async Task<Policy> PolicyAsync(Guid union, bool travelCovered = true, DateOnly? from = null, DateOnly? to = null) =>
        (await Client().RegisterPolicyAsync(new RegisterPolicyRequest { Policy = NewPolicy(union, travelCovered, from, to) }, Province)).Policy;

    public static Policy NewPolicy(Guid union, bool travelCovered = true, DateOnly? from = null, DateOnly? to = null) => new()
    {
        HolderUnionId = union.ToString(),
        Insurer = "中国人寿广州分公司",
        PolicyNumber = $"GZ-{Guid.NewGuid():N}"[..20],
        Product = "志愿者团体意外险",
        Limits = new PolicyLimits { DeathDisability = "200000", Medical = "20000", MedicalDeductible = "100", ThirdPartyLiability = "0" },
        CoversFrom = (from ?? PolicyStart).ToString("yyyy-MM-dd"),
        CoversTo = (to ?? PolicyEnd).ToString("yyyy-MM-dd"),
        Territory = "中国境内",
        TravelCovered = travelCovered,
    };

    /// <summary>The contact's phone in <see cref="CompletePlan"/> as typed; canonically "13812345678".</summary>
    public const string ContactPhone = "+86 138 1234 5678";

    public static SafetyPlan CompletePlan(Guid activity) => new()
    {
        ActivityId = activity.ToString(),
        ResponsiblePerson = new ResponsiblePerson { Name = "王领队", Role = "领队" },
        Risks = { "山路湿滑" },
        Measures = { "统一乘车，专人带队" },
        EmergencyContacts =
        {
            new EmergencyContact { Name = "陈院长", Role = "乡卫生院院长", Phone = ContactPhone },
        },
        NearestMedicalFacility = new MedicalFacility
        {
            Name = "连南县人民医院", Address = "连南县三江镇", DistanceKm = 12.5, Phone = "+86 763 6612120",
        },
    };

    /// <summary>Writes, submits and approves the activity's plan (author and approver are different people).</summary>
    public async Task ApprovedPlanAsync(Guid activity, Guid union)
    {
        var client = Client();
        await client.SaveSafetyPlanAsync(new SaveSafetyPlanRequest { Plan = CompletePlan(activity) }, Officer(union, "author"));
        await client.SubmitSafetyPlanAsync(new SubmitSafetyPlanRequest { ActivityId = activity.ToString() }, Officer(union, "author"));
        await client.ApproveSafetyPlanAsync(new ApproveSafetyPlanRequest { ActivityId = activity.ToString() }, Officer(union, "approver"));
    }

    public async Task<ActivityClearance> ClearanceAsync(Guid activity) =>
        (await Client().GetActivityClearanceAsync(new GetActivityClearanceRequest { ActivityId = activity.ToString() }, Province)).Clearance;
}
