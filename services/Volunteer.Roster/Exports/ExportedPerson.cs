using Volunteer.Roster.Identity;
using Volunteer.Roster.Volunteers;

namespace Volunteer.Roster.Exports;

/// <summary>The personal basics an export carries for one volunteer, the ID number decrypted.</summary>
public sealed record ExportedPerson(
    string Name, Gender Gender, DateOnly BirthDate, IdDocumentType IdType, string IdNumber,
    string NationalVolunteerNumber, string UnionName);
