using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Data;
using Volunteer.Activity.History;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Activity.Sites;

/// <summary>
/// Edits sites and needs, each change kept in the history and announced (SiteUpdated, NeedUpdated) in the same
/// unit of work, so the copies other services keep (reporting's) follow.
/// </summary>
public sealed class SiteEditing(ActivityDbContext db, EditHistory history, TimeProvider timeProvider)
{
    public async Task<Site> EditSiteAsync(
        ThingEdit<Site, NewSite> edit, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var site = await db.Sites.FirstOrDefaultAsync(s => s.Id == edit.Id, cancellationToken)
            ?? throw new NotFoundException(Site.ResourceType, edit.Id.ToString());
        var version = site.Version;
        await KeepAsync(Site.ResourceType, site.Id, site.UnionId, version, edit.Etag, site.Revise(edit.Revise(site)),
            (changed, at) => new SiteUpdated(site.Id, site.UnionId, site.Name, EventNames.Of(site.Kind),
                site.RegionCode, EventNames.Of(site.Mode), changed, at),
            caller, cancellationToken);
        return site;
    }

    public async Task<Need> EditNeedAsync(
        ThingEdit<Need, NewNeed> edit, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var need = await db.Needs.FirstOrDefaultAsync(n => n.Id == edit.Id, cancellationToken)
            ?? throw new NotFoundException(Need.ResourceType, edit.Id.ToString());
        var version = need.Version;
        await KeepAsync(Need.ResourceType, need.Id, need.UnionId, version, edit.Etag, need.Revise(edit.Revise(need)),
            (changed, at) => new NeedUpdated(need.Id, need.SiteId, need.UnionId, need.Title, EventNames.Of(need.Domain),
                need.Skills, need.WishedFrom, need.WishedTo, changed, at),
            caller, cancellationToken);
        return need;
    }

    // A repeat of an applied edit changes nothing and answers as the first did, whatever etag it has. A
    // contact's change stays in the history only: it is personal and no other service copies it.
    private async Task KeepAsync(string resourceType, Guid id, Guid unionId, uint version, string? etag,
        List<FieldChange> changes, Func<List<string>, DateTimeOffset, object> announcement, PlatformCaller caller,
        CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return;
        }

        if (etag is not null && etag != version.ToString(CultureInfo.InvariantCulture))
        {
            throw new ConcurrentChangeException();
        }

        var now = timeProvider.GetUtcNowForDatabase();
        history.Keep(resourceType, id, unionId, caller, changes, now);
        if (changes.Where(c => !c.Personal).Select(c => c.Path).ToList() is { Count: > 0 } shared)
        {
            db.AddIntegrationEvent(announcement(shared, now));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
