using Volunteer.Contracts.Events;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.ReadModels;

namespace Volunteer.Reporting.Projections;

/// <summary>
/// Sites and needs as registered and edited. Activity's replicas relay events in parallel, so an edit may
/// overtake the registration or an earlier edit: the values of the newest edit stay.
/// </summary>
public sealed class SiteProjection(ReportingDbContext db)
{
    public async Task ApplyAsync(SiteRegistered e, CancellationToken ct) =>
        await Site(e.SiteId, e.UnionId, e.Name, e.Kind, e.RegionCode, e.Mode, ct);

    public async Task ApplyAsync(SiteUpdated e, CancellationToken ct)
    {
        var site = await Site(e.SiteId, e.UnionId, e.Name, e.Kind, e.RegionCode, e.Mode, ct);
        if (site.RevisedAt is null || e.UpdatedAt >= site.RevisedAt)
        {
            (site.Name, site.Kind, site.RegionCode, site.Mode) = (e.Name, e.Kind, e.RegionCode, e.Mode);
            site.RevisedAt = e.UpdatedAt;
        }
    }

    public async Task ApplyAsync(NeedRegistered e, CancellationToken ct)
    {
        var need = await Need(e.NeedId, e.SiteId, e.UnionId, ct);
        if (need.RevisedAt is null)
        {
            (need.Title, need.Domain) = (e.Title, e.Domain);
        }
    }

    public async Task ApplyAsync(NeedUpdated e, CancellationToken ct)
    {
        var need = await Need(e.NeedId, e.SiteId, e.UnionId, ct);
        if (need.RevisedAt is null || e.UpdatedAt >= need.RevisedAt)
        {
            (need.Title, need.Domain) = (e.Title, e.Domain);
            need.RevisedAt = e.UpdatedAt;
        }
    }

    public async Task ApplyAsync(NeedMatched e, CancellationToken ct)
    {
        var need = await Need(e.NeedId, e.SiteId, e.UnionId, ct);
        if (!need.MatchedTeamIds.Contains(e.TeamId))
        {
            need.MatchedTeamIds = [.. need.MatchedTeamIds, e.TeamId];
        }
    }

    // The first event of a site makes its row with the values it carries.
    private Task<SiteRow> Site(
        Guid id, Guid unionId, string name, string kind, string regionCode, string mode, CancellationToken ct) =>
        db.Sites.FindOrAddAsync([id], () => new SiteRow
        {
            Id = id, UnionId = unionId, Name = name, Kind = kind, RegionCode = regionCode, Mode = mode,
        }, ct);

    private Task<NeedRow> Need(Guid id, Guid siteId, Guid unionId, CancellationToken ct) =>
        db.Needs.FindOrAddAsync([id], () => new NeedRow { Id = id, SiteId = siteId, UnionId = unionId }, ct);
}
