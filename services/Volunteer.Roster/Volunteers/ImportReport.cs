namespace Volunteer.Roster.Volunteers;

/// <summary>Every row's answer, in the order the rows arrived.</summary>
public sealed record ImportReport(IReadOnlyList<ImportRowAnswer> Rows)
{
    public int Imported => Rows.Count(r => r.VolunteerId is not null);

    public int Rejected => Rows.Count - Imported;
}
