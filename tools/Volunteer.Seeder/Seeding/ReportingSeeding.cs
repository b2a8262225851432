using Grpc.Core;
using Microsoft.Extensions.Logging;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Seeder.Demo;
using Volunteer.Seeder.Tokens;

namespace Volunteer.Seeder.Seeding;

/// <summary>
/// Once reporting has projected the campaign (its figures stop moving), marks a few typical cases and
/// produces the campaign summary and two monthly digests, province-wide and for the demo accounts' union, so
/// digests exist from the start (the scheduler produces none for periods before a union was registered).
/// Producing them before the figures settle would fix stale numbers in their first version.
/// </summary>
public sealed class ReportingSeeding(ReportingService.ReportingServiceClient reporting, CallerTokens tokens, SeedingRun run, ILogger<ReportingSeeding> logger)
{
    private const int TypicalCases = 5;
    private static readonly (DigestKind Kind, string Day)[] Digests =
        [(DigestKind.CampaignSummary, "2018-10-31"), (DigestKind.Monthly, "2018-05-15"), (DigestKind.Monthly, "2018-07-15")];

    public async Task<Figures> SeedAsync(DemoPlan plan, SeededCampaign seeded, CancellationToken cancellationToken)
    {
        var figures = await SettledFiguresAsync(seeded.Activities.Count, cancellationToken);
        logger.LogInformation("Reporting figures: {Activities} activities, {Hours} service hours, {Recorded} recorded hours",
            figures.Activities, figures.ServiceHours, figures.RecordedHours);
        var cases = plan.Activities.Where(a => a.Fate == ActivityFate.Recorded).Take(TypicalCases).ToList();
        foreach (var (spec, index) in cases.Select((c, i) => (c, i)))
        {
            await Patience.RetryAsync(() => reporting.MarkTypicalCaseAsync(new MarkTypicalCaseRequest
            {
                RequestId = run.RequestId($"{spec.Key}-case"), ActivityId = seeded.Activities[spec.Key],
                Story = $"{spec.Team.Name}深入{spec.Site?.Name ?? "线上课堂"}，{spec.Content}。",
                Innovation = "需求先登记核实、再按技能匹配分队，活动前全员投保并经安全审批",
                Results = "受援群众满意度高，形成可复制的常态化帮扶机制",
                Consent = new CaseConsent { VolunteersNamed = true, VolunteersPictured = true, BeneficiariesNamed = index % 2 == 0, BeneficiariesPictured = index % 2 == 0 },
            }, tokens.Province, cancellationToken: cancellationToken).ResponseAsync, cancellationToken, StatusCode.NotFound, StatusCode.FailedPrecondition);
        }

        var created = 0;
        string[] scopes = ["", seeded.Roster.Unions[plan.Roster.Teams[0].UnionKey]];
        foreach (var ((kind, day), unionId) in Digests.SelectMany(d => scopes.Select(union => (d, union))))
        {
            var digest = await reporting.GenerateDigestAsync(
                new GenerateDigestRequest { Kind = kind, PeriodDay = day, UnionId = unionId }, tokens.Province,
                cancellationToken: cancellationToken);
            created += digest.Created ? 1 : 0;
        }

        logger.LogInformation("Typical cases: {Cases}; digests: {Digests} ({Created} produced now)",
            cases.Count, Digests.Length * scopes.Length, created);
        return figures;
    }

    /// <summary>Waits until reporting counts every activity and its hours read the same twice in a row.</summary>
    private async Task<Figures> SettledFiguresAsync(int activities, CancellationToken cancellationToken)
    {
        var previous = -1.0;
        var (settledFigures, _) = await Patience.UntilAsync(async () =>
        {
            var figures = (await reporting.GetFiguresAsync(new GetFiguresRequest { PeriodStart = "2018-01-01", PeriodEnd = "2018-10-31" },
                tokens.Province, cancellationToken: cancellationToken)).Figures;
            var settled = figures.Activities >= activities && figures.RecordedHours > 0 && figures.RecordedHours == previous;
            previous = figures.RecordedHours;
            await Task.Delay(settled ? 0 : 500, cancellationToken);
            return (figures, settled);
        }, f => f.settled, cancellationToken);
        return settledFigures;
    }
}
