using Microsoft.EntityFrameworkCore;
using Volunteer.Roster.Data;
using Volunteer.Roster.Disclosures;
using Volunteer.Roster.Identity;
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
    RosterDbContext db, PersonalDataProtector protector, ReportingServiceEntries reporting, TimeProvider timeProvider)
{
    public async Task<ExportFile> ExportAsync(NationalExportRequest request, PlatformCaller caller, CancellationToken ct)
    {
        var root = await ScopeRootAsync(request.UnionId, caller, ct);
        var unionNames = await db.Unions.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var people = await db.Volunteers.AsNoTracking()
            .Where(v => v.UnionPath.StartsWith(root.Path)
                && v.SensitiveDataConsentAt != null && v.ConsentWithdrawnAt == null)
            .ToDictionaryAsync(v => v.Id, ct);
        var entries = await reporting.ReadAsync(root.Id, request.Start, request.End, ct);

        var persons = new Dictionary<Guid, ExportedPerson>();
        var rows = new List<NationalRecordRow>();
        foreach (var entry in entries)
        {
            if (!Guid.TryParse(entry.VolunteerId, out var id) || !people.TryGetValue(id, out var volunteer))
            {
                continue;
            }

            if (!persons.TryGetValue(id, out var person))
            {
                person = persons[id] = new ExportedPerson(volunteer.Name, volunteer.Gender, volunteer.IdType,
                    protector.Decrypt(volunteer.IdNumberEncrypted), volunteer.NationalVolunteerNumber ?? "",
                    unionNames.GetValueOrDefault(volunteer.UnionId, ""));
            }

            rows.Add(NationalRecordLayout.Row(person, entry.Entry));
        }

        var file = Write(request, rows);
        // Audited before it is returned: a file of ID numbers that left without a trace is what the audit is for.
        db.Disclosures.Add(new Disclosure
        {
            Id = Guid.CreateVersion7(),
            Kind = DisclosureKind.NationalRecordsExport,
            ActorSubject = caller.Subject,
            ActorRole = caller.Role,
            At = timeProvider.GetUtcNowForDatabase(),
            UnionId = root.Id,
            UnionPath = root.Path,
            PeriodStart = request.Start,
            PeriodEnd = request.End,
            Format = request.Format,
            RowCount = rows.Count,
        });
        await db.SaveChangesAsync(ct);
        return file;
    }

    private static ExportFile Write(NationalExportRequest request, List<NationalRecordRow> rows)
    {
        var name = $"national-records-{request.Start:yyyy-MM-dd}-{request.End:yyyy-MM-dd}";
        return request.Format == ExportFormat.Xlsx
            ? new ExportFile(NationalRecordXlsx.Write(rows), NationalRecordXlsx.ContentType, name + ".xlsx", rows.Count)
            : new ExportFile(NationalRecordCsv.Write(rows), NationalRecordCsv.ContentType, name + ".csv", rows.Count);
    }

    // The edge checked that a named union is within the caller's reach; without one, a provincial admin exports
    // the province and a union admin their own union.
    private async Task<(Guid Id, string Path)> ScopeRootAsync(Guid? requested, PlatformCaller caller, CancellationToken ct)
    {
        var unions = db.Unions.AsNoTracking();
        var root = requested is { } id ? unions.Where(u => u.Id == id)
            : caller.ActsProvinceWide ? unions.Where(u => u.ParentId == null)
            : Guid.TryParse(caller.UnionId, out var own) ? unions.Where(u => u.Id == own)
            : throw new AccessDeniedException("OUTSIDE_UNION_SCOPE", "The token names no union.");
        var found = await root.Select(u => new { u.Id, u.Path }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("volunteer.roster.v1.Union", requested?.ToString() ?? caller.UnionId ?? "");
        return (found.Id, found.Path);
    }
}
