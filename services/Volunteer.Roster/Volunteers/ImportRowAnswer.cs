using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Roster.Volunteers;

/// <summary>What became of one imported row: the new volunteer's id, or why it was refused.</summary>
public sealed class ImportRowAnswer(int rowNumber)
{
    public int RowNumber { get; } = rowNumber;

    public Guid? VolunteerId { get; set; }

    public List<FieldProblem> Errors { get; } = [];
}
