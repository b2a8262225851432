namespace Volunteer.Reporting.ReadModels;

/// <summary>An award on a volunteer's record (§9: name, date, granting body).</summary>
public sealed class AwardRow
{
    public Guid Id { get; set; }

    public Guid VolunteerId { get; set; }

    public required string Name { get; set; }

    public DateOnly Date { get; set; }

    public required string GrantingBody { get; set; }
}
