using Microsoft.EntityFrameworkCore;
using Volunteer.Safety.Data;

namespace Volunteer.Safety.Volunteers;

/// <summary>Names for insured lists, as the roster registered them.</summary>
public static class VolunteerNames
{
    public static async Task<Dictionary<Guid, string>> ForAsync(SafetyDbContext db, IEnumerable<Guid> volunteerIds, CancellationToken cancellationToken)
    {
        var ids = volunteerIds.Distinct().ToList();
        return await db.Volunteers.AsNoTracking().Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Name, cancellationToken);
    }
}
