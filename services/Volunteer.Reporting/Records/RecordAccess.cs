using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Auth;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.ReadModels;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.UnionTree;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Reporting.Records;

/// <summary>A record is read by the volunteer themself (token subject) or by an admin whose union subtree holds them.</summary>
public sealed class RecordAccess(ReportingDbContext db, KnownUnions unions)
{
    public async Task<VolunteerRow> DemandAsync(PlatformCaller caller, Guid volunteerId, CancellationToken ct)
    {
        var volunteer = await db.Volunteers.AsNoTracking().FirstOrDefaultAsync(v => v.Id == volunteerId, ct)
            ?? throw new NotFoundException("volunteer.roster.v1.StaffVolunteer", volunteerId.ToString());
        var allowed = caller.Role switch
        {
            PlatformRoles.Volunteer => caller.Subject == volunteerId.ToString(),
            PlatformRoles.ProvincialAdmin or PlatformRoles.UnionAdmin => await unions.CoversAsync(caller, volunteer.UnionId, ct),
            _ => false,
        };
        if (!allowed)
        {
            throw new AccessDeniedException(caller.Role == PlatformRoles.Volunteer ? "NOT_OWN_RECORD" : "OUTSIDE_UNION_SCOPE",
                "Records are read by the volunteer themself or an admin of their union.");
        }

        return volunteer;
    }
}
