using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.ReadModels;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Reporting.Records;

/// <summary>
/// The volunteer a record RPC names. Who may touch it (the volunteer themself or an admin whose union
/// subtree holds them) is decided at the edge from the RPC's declaration, before this runs.
/// </summary>
public sealed class RecordAccess(ReportingDbContext db)
{
    public async Task<VolunteerRow> LoadAsync(Guid volunteerId, CancellationToken ct) =>
        await db.Volunteers.AsNoTracking().FirstOrDefaultAsync(v => v.Id == volunteerId, ct)
        ?? throw new NotFoundException(ResourceTypes.StaffVolunteer, volunteerId.ToString());
}
