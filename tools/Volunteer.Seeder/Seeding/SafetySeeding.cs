using Grpc.Core;
using Microsoft.Extensions.Logging;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Contracts.Safety.V1;
using Volunteer.Seeder.Demo;
using Volunteer.Seeder.Tokens;

namespace Volunteer.Seeder.Seeding;

/// <summary>
/// Insures each submitted activity's confirmed participants and has its safety plan written by the union's
/// admin and approved by its safety officer; then waits for activity to hear safety's verdict. The uninsured
/// few keep one participant off the list; the untrained few are blocked by safety's own training rule.
/// </summary>
public sealed class SafetySeeding(
    ActivityService.ActivityServiceClient activity, SafetyService.SafetyServiceClient safety, CallerTokens tokens, SafetyPlans plans,
    SeedingRun run, ILogger<SafetySeeding> logger)
{
    public async Task SeedAsync(DemoPlan plan, SeededCampaign seeded, CancellationToken cancellationToken)
    {
        var verdicts = new System.Collections.Concurrent.ConcurrentDictionary<ActivityStatus, int>();
        await run.EachAsync(plan.Activities.Where(a => a.Fate != ActivityFate.Cancelled), async (spec, token) =>
        {
            var id = seeded.Activities[spec.Key];
            var current = await GetAsync(id, token);
            if (current.Status is ActivityStatus.Submitted or ActivityStatus.Blocked && !Settled(current))
            {
                // Safety hears of the submission (and the confirmations in it) by event; wait until it has.
                await Patience.RetryAsync(() => safety.GetActivityClearanceAsync(new GetActivityClearanceRequest { ActivityId = id },
                    tokens.Province, cancellationToken: token).ResponseAsync, token, StatusCode.NotFound, StatusCode.FailedPrecondition);
                await EnrolAsync(spec, current, seeded, token);
                await plans.ApproveAsync(spec, id, seeded.Roster.Unions[spec.Union.Key], token);
                current = await Patience.UntilAsync(() => GetAsync(id, token), Settled, token);
                if (!Settled(current))
                {
                    logger.LogWarning("Activity {ActivityId} has no final verdict yet: {Status} [{Reasons}]", id, current.Status,
                        string.Join(", ", current.Clearance?.Reasons.Select(r => r.Code) ?? []));
                }
            }

            verdicts.AddOrUpdate(current.Status, 1, (_, n) => n + 1);
        }, cancellationToken);
        logger.LogInformation("Safety done: {Verdicts}", string.Join(", ", verdicts.OrderBy(v => v.Key).Select(v => $"{v.Key} {v.Value}")));
    }

    /// <summary>
    /// Safety's verdict after the approved plan: cleared, or blocked for people (uninsured, untrained) and no
    /// longer for the plan. Verdicts before the approval always name the plan, so this is the final one.
    /// </summary>
    private static bool Settled(Activity current) => current.Status switch
    {
        ActivityStatus.Submitted => false,
        ActivityStatus.Blocked => current.Clearance.Reasons.Count > 0 && current.Clearance.Reasons.All(r => r.Code is "UNINSURED" or "NO_SAFETY_TRAINING"),
        _ => true,
    };

    private async Task EnrolAsync(ActivitySpec spec, Activity current, SeededCampaign seeded, CancellationToken cancellationToken)
    {
        var request = new EnrolPersonsRequest { PolicyId = seeded.Policies[spec.Union.Key] };
        if (spec.Fate == ActivityFate.Uninsured)
        {
            // Everyone but the first to confirm: the list sent to the insurer missed one name.
            var confirmed = current.Participants.Where(p => p.Status == ParticipantStatus.Confirmed).Select(p => p.VolunteerId).ToList();
            request.VolunteerIds.AddRange(confirmed.Skip(1));
            (request.From, request.To) = (current.DepartsOn, current.ReturnsOn);
            if (request.VolunteerIds.Count == 0)
            {
                return;
            }
        }
        else
        {
            request.ActivityId = current.Id;
        }

        await safety.EnrolPersonsAsync(request, tokens.Province, cancellationToken: cancellationToken);
    }

    private async Task<Activity> GetAsync(string id, CancellationToken cancellationToken) =>
        (await activity.GetActivityAsync(new GetActivityRequest { Id = id }, tokens.Province, cancellationToken: cancellationToken)).Activity;
}
