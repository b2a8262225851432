namespace Volunteer.Reporting.ReadModels;

/// <summary>A training on a volunteer's record (§8: name, content, hours, organiser, date).</summary>
public sealed class TrainingRow
{
    public Guid Id { get; set; }

    public Guid VolunteerId { get; set; }

    public Guid UnionId { get; set; }

    public required string Kind { get; set; }

    public required string Name { get; set; }

    public decimal Hours { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>Empty for trainings announced before the event carried it.</summary>
    public string Content { get; set; } = "";

    /// <summary>Empty for trainings announced before the event carried it.</summary>
    public string Organiser { get; set; } = "";
}
