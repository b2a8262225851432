using Grpc.Core;
using Microsoft.Extensions.Logging;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Seeder.Demo;
using Volunteer.Seeder.Tokens;

namespace Volunteer.Seeder.Seeding;

/// <summary>
/// Plans every activity, lets each proposed volunteer answer for themself (opt-in, their own token), and
/// submits it to safety; the few meant to be cancelled are cancelled after submission.
/// </summary>
public sealed class ActivitySeeding(ActivityService.ActivityServiceClient activity, CallerTokens tokens, SeedingRun run, ILogger<ActivitySeeding> logger)
{
    public async Task SeedAsync(DemoPlan plan, SeededCampaign seeded, CancellationToken cancellationToken)
    {
        var people = seeded.Roster.People.ToDictionary(p => p.Value, p => p.Key);
        var (submitted, refused) = (0, 0);
        await run.EachAsync(plan.Activities, async (spec, token) =>
        {
            var planned = await Patience.RetryAsync(() => activity.PlanActivityAsync(ActivityRequests.Plan(spec, seeded, run), tokens.Province,
                cancellationToken: token).ResponseAsync, token, StatusCode.NotFound);
            var current = planned.Activity;
            seeded.Activities[spec.Key] = current.Id;
            if (current.Status == ActivityStatus.Draft)
            {
                Interlocked.Add(ref refused, await AnswerAsync(spec, current, people, seeded, token));
                current = (await activity.SubmitActivityAsync(new SubmitActivityRequest { Id = current.Id }, tokens.Province, cancellationToken: token)).Activity;
                Interlocked.Increment(ref submitted);
            }

            if (spec.Fate == ActivityFate.Cancelled && current.Status is ActivityStatus.Submitted or ActivityStatus.Cleared or ActivityStatus.Blocked)
            {
                await activity.CancelActivityAsync(new CancelActivityRequest { Id = current.Id, Reason = "受援学校临时安排期中考试，活动取消" },
                    tokens.Province, cancellationToken: token);
            }
        }, cancellationToken);
        logger.LogInformation("Activities ready: {Count}, submitted now: {Submitted}, confirmations refused: {Refused}",
            seeded.Activities.Count, submitted, refused);
    }

    /// <summary>Those the plan names confirm, the rest decline with notice; returns how many confirmations roster refused.</summary>
    private async Task<int> AnswerAsync(ActivitySpec spec, Activity planned, Dictionary<string, string> people, SeededCampaign seeded, CancellationToken cancellationToken)
    {
        var refused = 0;
        var unionId = seeded.Roster.Unions[spec.Union.Key];
        foreach (var participant in planned.Participants.Where(p => p.Status == ParticipantStatus.Proposed))
        {
            var caller = tokens.Volunteer(participant.VolunteerId, unionId);
            if (!spec.ConfirmingKeys.Contains(people[participant.VolunteerId]))
            {
                await activity.DeclineParticipationAsync(new DeclineParticipationRequest
                {
                    ActivityId = planned.Id, VolunteerId = participant.VolunteerId, Notice = "当周有教学任务，无法参加",
                }, caller, cancellationToken: cancellationToken);
                continue;
            }

            try
            {
                await Patience.RetryAsync(() => activity.ConfirmParticipationAsync(new ConfirmParticipationRequest
                {
                    ActivityId = planned.Id, VolunteerId = participant.VolunteerId,
                }, caller, cancellationToken: cancellationToken).ResponseAsync, cancellationToken, StatusCode.Unavailable);
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.FailedPrecondition)
            {
                refused++;
            }
        }

        return refused;
    }
}
