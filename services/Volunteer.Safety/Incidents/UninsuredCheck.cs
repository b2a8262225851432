using Volunteer.Safety.Activities;
using Volunteer.Safety.Clearance;
using Volunteer.Safety.Insurance;

namespace Volunteer.Safety.Incidents;

/// <summary>
/// Who of the people involved had no cover on the day: any policy on a service day, one covering
/// travel on a travel day of the activity.
/// </summary>
public sealed class UninsuredCheck(CoverLookup cover)
{
    public async Task<List<Guid>> FindAsync(KnownActivity activity, IReadOnlyCollection<Guid> involved, DateOnly day, CancellationToken cancellationToken)
    {
        var covers = await cover.ForVolunteersAsync(involved, day, day, cancellationToken);
        var days = new ActivityDays(activity.StartsOn, activity.EndsOn, activity.DepartsOn, activity.ReturnsOn, activity.Online);
        var travelling = days.IsTravelDay(day);
        return [.. involved.Where(id => !covers[id].Any(c => c.Includes(day) && (c.TravelCovered || !travelling)))];
    }
}
