using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Volunteer.Roster.Data;
using Volunteer.Roster.Identity;
using Volunteer.Roster.Volunteers;
using Volunteer.ServiceDefaults.PersonalData;

namespace Volunteer.Roster.Exports;

/// <summary>
/// The people an export may name: only those whose sensitive-data consent was given and stands (PIPL Art. 29;
/// passing ID numbers to another processor needs it). Each ID number is decrypted only if a row needs it.
/// </summary>
public sealed class ExportablePeople(RosterDbContext db, PersonalDataProtector protector)
{
    public async Task<IReadOnlyDictionary<Guid, Lazy<ExportedPerson>>> WhereAsync(
        Expression<Func<StaffVolunteer, bool>> which, CancellationToken cancellationToken)
    {
        var unionNames = await db.Unions.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var volunteers = await db.Volunteers.AsNoTracking().Where(which)
            .Where(v => v.SensitiveDataConsentAt != null && v.ConsentWithdrawnAt == null)
            .ToListAsync(cancellationToken);
        return volunteers.ToDictionary(v => v.Id, v => new Lazy<ExportedPerson>(() => new ExportedPerson(
            v.Name, v.Gender, v.BirthDate, v.IdType, protector.Decrypt(v.IdNumberEncrypted),
            v.NationalVolunteerNumber ?? "", unionNames.GetValueOrDefault(v.UnionId, ""))));
    }
}
