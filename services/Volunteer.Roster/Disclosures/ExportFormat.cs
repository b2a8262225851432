namespace Volunteer.Roster.Disclosures;

public enum ExportFormat
{
    Csv = 1,
    Xlsx = 2,
}
