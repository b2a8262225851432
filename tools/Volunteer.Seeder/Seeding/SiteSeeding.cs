using Grpc.Core;
using Microsoft.Extensions.Logging;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Seeder.Demo;
using Volunteer.Seeder.Tokens;

namespace Volunteer.Seeder.Seeding;

/// <summary>
/// Registers the assistance sites and, for every on-site activity, a need of its site that is verified and
/// matched to the activity's team (after asking for suggestions, as union staff would).
/// </summary>
public sealed class SiteSeeding(ActivityService.ActivityServiceClient activity, CallerTokens tokens, SeedingRun run, ILogger<SiteSeeding> logger)
{
    public async Task SeedAsync(DemoPlan plan, SeededCampaign seeded, CancellationToken cancellationToken)
    {
        await run.EachAsync(plan.Sites, async (site, token) =>
        {
            var registered = await Patience.RetryAsync(() => activity.RegisterSiteAsync(new RegisterSiteRequest
            {
                RequestId = run.RequestId(site.Key), UnionId = seeded.Roster.Unions[site.UnionKey], Name = site.Name, Kind = site.Kind,
                RegionCode = site.RegionCode, Mode = site.Mode, Contact = new SiteContact { Name = $"{site.Town}联络员", Phone = "0751-0000000" },
            }, tokens.Province, cancellationToken: token).ResponseAsync, token, StatusCode.NotFound);
            seeded.Sites[site.Key] = registered.Site.Id;
        }, cancellationToken);
        logger.LogInformation("Sites ready: {Count}", seeded.Sites.Count);

        var matched = 0;
        await run.EachAsync(plan.Activities.Where(a => a.Site is not null), async (spec, token) =>
        {
            var need = await RegisterNeedAsync(spec, seeded, token);
            seeded.Needs[spec.Key] = need.Id;
            if (need.Status == NeedStatus.Registered)
            {
                need = (await activity.VerifyNeedAsync(new VerifyNeedRequest { NeedId = need.Id }, tokens.Province, cancellationToken: token)).Need;
            }

            if (need.Status == NeedStatus.Verified)
            {
                await activity.SuggestTeamsAsync(new SuggestTeamsRequest { NeedId = need.Id, MaxSuggestions = 5 }, tokens.Province, cancellationToken: token);
                // The team may not be known (or active) in activity yet: roster's events are still arriving.
                await Patience.RetryAsync(() => activity.ConfirmMatchAsync(new ConfirmMatchRequest { NeedId = need.Id, TeamId = seeded.Roster.Teams[spec.Team.Key] },
                    tokens.Province, cancellationToken: token).ResponseAsync, token, StatusCode.NotFound, StatusCode.FailedPrecondition);
                Interlocked.Increment(ref matched);
            }
        }, cancellationToken);
        logger.LogInformation("Needs ready: {Count}, matched now: {Matched}", seeded.Needs.Count, matched);
    }

    private async Task<Need> RegisterNeedAsync(ActivitySpec spec, SeededCampaign seeded, CancellationToken cancellationToken) =>
        (await activity.RegisterNeedAsync(new RegisterNeedRequest
        {
            RequestId = run.RequestId($"{spec.Key}-need"),
            SiteId = seeded.Sites[spec.Site!.Key],
            Title = $"{ActivityForms.Label(spec.Form)}需求：{spec.Site.Name}",
            Domain = spec.Domain,
            Skills = { Specialties.Skills(spec.Team.Specialty).Take(2) },
            WishedFrom = spec.StartsOn.AddDays(-7).ToString("yyyy-MM-dd"),
            WishedTo = spec.EndsOn.AddDays(7).ToString("yyyy-MM-dd"),
            RiskStatement = Risks.Statement(spec),
        }, tokens.Province, cancellationToken: cancellationToken)).Need;
}
