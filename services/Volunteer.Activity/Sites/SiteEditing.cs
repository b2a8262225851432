using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Data;
using Volunteer.Activity.History;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Activity.Sites;

/// <summary>Edits sites and needs, each change kept in the history in the same unit of work.</summary>
public sealed class SiteEditing(ActivityDbContext db, EditHistory history, TimeProvider timeProvider)
{
    public async Task<Site> EditSiteAsync(
        ThingEdit<Site, NewSite> edit, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var site = await db.Sites.FirstOrDefaultAsync(s => s.Id == edit.Id, cancellationToken)
            ?? throw new NotFoundException(Site.ResourceType, edit.Id.ToString());
        var version = site.Version;
        await KeepAsync(Site.ResourceType, site.Id, site.UnionId, version, edit.Etag,
            site.Revise(edit.Revise(site)), caller, cancellationToken);
        return site;
    }

    public async Task<Need> EditNeedAsync(
        ThingEdit<Need, NewNeed> edit, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var need = await db.Needs.FirstOrDefaultAsync(n => n.Id == edit.Id, cancellationToken)
            ?? throw new NotFoundException(Need.ResourceType, edit.Id.ToString());
        var version = need.Version;
        await KeepAsync(Need.ResourceType, need.Id, need.UnionId, version, edit.Etag,
            need.Revise(edit.Revise(need)), caller, cancellationToken);
        return need;
    }

    // A repeat of an applied edit changes nothing and answers as the first did, whatever etag it has.
    private async Task KeepAsync(string resourceType, Guid id, Guid unionId, uint version, string? etag,
        List<FieldChange> changes, PlatformCaller caller, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return;
        }

        if (etag is not null && etag != version.ToString(CultureInfo.InvariantCulture))
        {
            throw new ConcurrentChangeException();
        }

        history.Keep(resourceType, id, unionId, caller, changes, timeProvider.GetUtcNowForDatabase());
        await db.SaveChangesAsync(cancellationToken);
    }
}
