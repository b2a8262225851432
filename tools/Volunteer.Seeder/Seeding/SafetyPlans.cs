using Grpc.Core;
using Volunteer.Contracts.Safety.V1;
using Volunteer.Seeder.Demo;
using Volunteer.Seeder.Tokens;

namespace Volunteer.Seeder.Seeding;

/// <summary>
/// An activity's crisis plan, taken as far as approval from wherever it stands: written and submitted by the
/// union's admin, approved by its safety officer (safety refuses an approver who is the author).
/// </summary>
public sealed class SafetyPlans(SafetyService.SafetyServiceClient safety, CallerTokens tokens)
{
    public async Task ApproveAsync(ActivitySpec spec, string activityId, string unionId, CancellationToken cancellationToken)
    {
        var author = tokens.UnionAdmin(unionId);
        var status = await StatusAsync(activityId, author, cancellationToken);
        if (status is null or SafetyPlanStatus.Draft or SafetyPlanStatus.Returned)
        {
            // Saved again when unsubmitted too: a draft from an older seeding may lack what submission needs now.
            await safety.SaveSafetyPlanAsync(
                new SaveSafetyPlanRequest { Plan = Plan(spec, activityId) }, author, cancellationToken: cancellationToken);

            await safety.SubmitSafetyPlanAsync(new SubmitSafetyPlanRequest { ActivityId = activityId }, author, cancellationToken: cancellationToken);
            status = SafetyPlanStatus.Submitted;
        }

        if (status == SafetyPlanStatus.Submitted)
        {
            await safety.ApproveSafetyPlanAsync(new ApproveSafetyPlanRequest { ActivityId = activityId }, tokens.SafetyOfficer(unionId),
                cancellationToken: cancellationToken);
        }
    }

    private async Task<SafetyPlanStatus?> StatusAsync(string activityId, Metadata caller, CancellationToken cancellationToken)
    {
        try
        {
            return (await safety.GetSafetyPlanAsync(new GetSafetyPlanRequest { ActivityId = activityId }, caller, cancellationToken: cancellationToken)).Plan.Status;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return null;
        }
    }

    private static SafetyPlan Plan(ActivitySpec spec, string activityId)
    {
        var leader = spec.Team.Members[0];
        var plan = new SafetyPlan
        {
            ActivityId = activityId,
            ResponsiblePerson = new ResponsiblePerson { Name = leader.Name, Role = "领队" },
            NearestMedicalFacility = new MedicalFacility { Name = Risks.MedicalFacility(spec), Address = spec.Site?.Name ?? "广州市越秀区中山二路106号", DistanceKm = spec.Online ? 0 : 12.5 },
        };
        plan.Risks.AddRange(Risks.Foreseen(spec));
        plan.Measures.AddRange(Risks.Measures(spec));
        var liaison = spec.Team.Members[1];
        plan.EmergencyContacts.Add(
            new EmergencyContact { Name = liaison.Name, Role = "工会联络员", Phone = liaison.Phone });
        plan.EmergencyContacts.Add(new EmergencyContact
        {
            Name = $"{spec.Site?.Town ?? "平台"}值班负责人",
            Role = spec.Site is null ? "平台值班" : "乡镇卫生院院长",
            // Fictitious, like the sites' contacts: a demo must never dial a real duty officer.
            Phone = spec.Site is null ? "020-0000000" : "0751-0000000",
        });
        return plan;
    }
}
