using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.Scope;
using Volunteer.ServiceDefaults.Auth;

namespace Volunteer.Reporting.Records;

/// <summary>
/// What every export of records needs first: the unions of the chosen subtree (null for the whole province) and
/// every union's name, for the organisers the rows name.
/// </summary>
public sealed class RecordExportScope(ReportingDbContext db, ReportScopes scopes)
{
    public async Task<(List<Guid>? Unions, Dictionary<Guid, string> UnionNames)> ResolveAsync(
        RecordExport export, PlatformCaller caller, CancellationToken ct)
    {
        var scope = await scopes.ResolveAsync(caller, export.UnionId, ct);
        var unionNames = await db.Unions.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return (scope.Unions?.ToList(), unionNames);
    }
}
