using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.Scope;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Errors;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Reporting.Commendation;

/// <summary>
/// Publishes a year's approved nominations as the next version of its list and tells roster, in the same
/// transaction, to record the awards. Publication is final: later versions only add awards.
/// </summary>
public sealed class CommendationPublisher(
    ReportingDbContext db, ReportScopes scopes, CommendationCandidates candidates, TimeProvider timeProvider)
{
    public async Task<(PublicationRow Publication, List<NominationRow> Nominations)> PublishAsync(
        string requestId, int campaignYear, PlatformCaller caller, CancellationToken ct)
    {
        if (await db.Publications.AsNoTracking().FirstOrDefaultAsync(p => p.RequestId == requestId, ct) is { } earlier)
        {
            return (earlier, await PublishedInAsync(earlier.Id, ct));
        }

        var year = candidates.YearOf(campaignYear);
        var approved = await db.Nominations
            .Where(n => n.CampaignYear == year && n.Status == NominationStatuses.Approved)
            .OrderBy(n => n.Id).ToListAsync(ct);
        if (approved.Count == 0)
        {
            throw new RuleBrokenException("NOTHING_TO_PUBLISH", year.ToString(), $"{year}年度没有待发布的已批准提名。");
        }

        var version = 1 + (await db.Publications.Where(p => p.CampaignYear == year)
            .MaxAsync(p => (int?)p.Version, ct) ?? 0);
        var publication = new PublicationRow
        {
            Id = Guid.CreateVersion7(), CampaignYear = year, Version = version,
            PublishedAt = timeProvider.GetUtcNowForDatabase(), PublishedBy = caller.Subject, RequestId = requestId,
        };
        foreach (var nomination in approved)
        {
            (nomination.Status, nomination.PublicationId, nomination.PublicationVersion) =
                (NominationStatuses.Published, publication.Id, version);
        }

        var grantingBody = (await scopes.ProvinceAsync(ct)).RootName is { Length: > 0 } name
            ? name : CommendationTitles.Province;
        db.Publications.Add(publication);
        db.AddIntegrationEvent(new CommendationsPublished(publication.Id, year, version,
            CampaignClock.DayOf(publication.PublishedAt), grantingBody,
            [.. approved.Select(n =>
                new CommendedAward(n.Id, n.Team, n.SubjectId, CommendationTitles.Of(year, n.Team)))]));
        await db.SaveChangesAsync(ct);
        return (publication, approved);
    }

    private Task<List<NominationRow>> PublishedInAsync(Guid publicationId, CancellationToken ct) =>
        db.Nominations.AsNoTracking().Where(n => n.PublicationId == publicationId).OrderBy(n => n.Id).ToListAsync(ct);
}
