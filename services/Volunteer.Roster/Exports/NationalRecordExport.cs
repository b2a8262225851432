using Microsoft.EntityFrameworkCore;
using Volunteer.Roster.Data;
using Volunteer.Roster.Disclosures;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Roster.Exports;

/// <summary>
/// The records of a union subtree's people for the national system: service days from reporting (which holds
/// no ID numbers), joined here to the people (whose ID numbers never leave roster but in this file). Only people
/// with sensitive-data consent that stands are exported; the file is audited before it is returned.
/// </summary>
public sealed class NationalRecordExport(
    RosterDbContext db, ExportablePeople exportable, ReportingServiceEntries reporting, TimeProvider timeProvider)
{
    public async Task<ExportFile> ExportAsync(
        NationalExportRequest request, PlatformCaller caller, CancellationToken ct)
    {
        var root = await ScopeRootAsync(request.UnionId, caller, ct);
        var entries = await reporting.ReadAsync(root.Id, request.Start, request.End, ct);
        // Only the people with service days: a province-wide subtree holds far more than an export names.
        var named = entries.Select(e => Guid.TryParse(e.VolunteerId, out var id) ? id : Guid.Empty)
            .Distinct().ToList();
        var people = await exportable.WhereAsync(
            v => named.Contains(v.Id) && v.UnionPath.StartsWith(root.Path), ct);
        var rows = entries
            .Select(e => (
                Person: Guid.TryParse(e.VolunteerId, out var id) ? people.GetValueOrDefault(id) : null, e.Entry))
            .Where(e => e.Person is not null)
            .Select(e => NationalRecordLayout.Row(e.Person!.Value, e.Entry))
            .ToList();

        var table = new ExportTable(
            NationalRecordLayout.SheetName, NationalRecordLayout.Header, rows, NationalRecordLayout.HoursColumn);
        var file = ExportFile.Of(
            table, request.Format, $"national-records-{request.Start:yyyy-MM-dd}-{request.End:yyyy-MM-dd}");
        // Audited before it is returned: a file of ID numbers that left without a trace is what the audit is for.
        db.Disclosures.Add(Disclosure.OfExport(DisclosureKind.NationalRecordsExport, caller,
            timeProvider.GetUtcNowForDatabase(), root, request.Format, rows.Count, (request.Start, request.End)));
        await db.SaveChangesAsync(ct);
        return file;
    }

    // The edge checked that a named union is within the caller's reach; without one, a provincial admin exports
    // the province and a union admin their own union.
    private async Task<(Guid Id, string Path)> ScopeRootAsync(
        Guid? requested, PlatformCaller caller, CancellationToken ct)
    {
        var unions = db.Unions.AsNoTracking();
        var root = requested is { } id ? unions.Where(u => u.Id == id)
            : caller.ActsProvinceWide ? unions.Where(u => u.ParentId == null)
            : Guid.TryParse(caller.UnionId, out var own) ? unions.Where(u => u.Id == own)
            : throw new AccessDeniedException("OUTSIDE_UNION_SCOPE", "登录凭据未指明所属工会。");
        var found = await root.Select(u => new { u.Id, u.Path }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("volunteer.roster.v1.Union", requested?.ToString() ?? caller.UnionId ?? "");
        return (found.Id, found.Path);
    }
}
