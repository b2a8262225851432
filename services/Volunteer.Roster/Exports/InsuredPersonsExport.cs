using Microsoft.EntityFrameworkCore;
using Volunteer.Roster.Data;
using Volunteer.Roster.Disclosures;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Roster.Exports;

/// <summary>
/// A policy's insured list for the insurer (投保名单): enrolments from safety, which owns policies, joined here
/// to the people. Only people of unions the caller administers, with sensitive-data consent that stands, are
/// listed; the file is audited under the policy's holder union before it is returned.
/// </summary>
public sealed class InsuredPersonsExport(
    RosterDbContext db, ExportablePeople exportable, SafetyInsuredList safety, TimeProvider timeProvider)
{
    public async Task<ExportFile> ExportAsync(
        Guid policyId, ExportFormat format, PlatformCaller caller, CancellationToken ct)
    {
        var (policy, insured) = await safety.ReadAsync(policyId, ct);
        var holderId = Guid.Parse(policy.HolderUnionId);
        var holder = await db.Unions.AsNoTracking().Where(u => u.Id == holderId)
            .Select(u => new { u.Id, u.Path }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException(ResourceTypes.Policy, policyId.ToString());
        var ids = insured.Select(p => Guid.Parse(p.VolunteerId)).Distinct().ToList();
        // Every path holds "/"; a union admin's people hold their union's segment (the role carries a union id).
        var administered = caller.ActsProvinceWide ? "/"
            : $"/{(Guid.TryParse(caller.UnionId, out var own) ? own : Guid.Empty):N}/";
        var people = await exportable.WhereAsync(v => ids.Contains(v.Id) && v.UnionPath.Contains(administered), ct);
        var rows = insured
            .Select(p => (Person: people.GetValueOrDefault(Guid.Parse(p.VolunteerId)), Insured: p))
            .Where(p => p.Person is not null)
            .Select(p => InsuredPersonLayout.Row(p.Person!.Value, p.Insured))
            .ToList();

        var file = ExportFile.Of(new ExportTable(InsuredPersonLayout.SheetName, InsuredPersonLayout.Header, rows),
            format, "insured-persons-" + FileNamePart(policy.PolicyNumber));
        // Audited before it is returned, as every file of ID numbers is.
        db.Disclosures.Add(Disclosure.OfExport(DisclosureKind.InsuredPersonsExport, caller,
            timeProvider.GetUtcNowForDatabase(), (holder.Id, holder.Path), format, rows.Count, policyId: policyId));
        await db.SaveChangesAsync(ct);
        return file;
    }

    // Policy numbers are the insurer's: anything but letters, digits and dashes would trouble a file name.
    private static string FileNamePart(string text) =>
        string.Concat(text.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-'));
}
