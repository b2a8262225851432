namespace Volunteer.Roster.Disclosures;

public enum DisclosureKind
{
    IdNumberReveal = 1,
    NationalRecordsExport = 2,
    InsuredPersonsExport = 3,
    ContactPhonesReveal = 4,
}
