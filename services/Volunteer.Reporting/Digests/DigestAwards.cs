using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Commendation;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.Figures;
using Volunteer.Reporting.Scope;

namespace Volunteer.Reporting.Digests;

/// <summary>The campaign summary's commendation section: the year's published awards in scope; null for none.</summary>
public static class DigestAwards
{
    public static async Task<IReadOnlyList<AwardLine>?> ForAsync(
        ReportingDbContext db, string kind, ReportScope scope, ReportPeriod period,
        Func<Guid, string> unionName, CancellationToken ct)
    {
        if (kind != DigestKinds.CampaignSummary)
        {
            return null;
        }

        var ids = scope.Unions?.ToList();
        var published = await db.Nominations.AsNoTracking()
            .Where(n => n.Status == NominationStatuses.Published && n.CampaignYear == period.Start.Year
                && (ids == null || ids.Contains(n.UnionId)))
            .OrderByDescending(n => n.Team).ThenBy(n => n.Id).ToListAsync(ct);
        return published.Count == 0 ? null : [.. published.Select(n => new AwardLine(
            CommendationTitles.Of(n.CampaignYear, n.Team), n.SubjectName, unionName(n.UnionId)))];
    }
}
