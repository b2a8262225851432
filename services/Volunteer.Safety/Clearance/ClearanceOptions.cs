using System.ComponentModel.DataAnnotations;

namespace Volunteer.Safety.Clearance;

/// <summary>Configuration section "Safety:Clearance".</summary>
public sealed class ClearanceOptions
{
    public const string SectionName = "Safety:Clearance";

    /// <summary>How long a safety training stays current, counted back from the activity's last day.</summary>
    [Range(1, 3660)]
    public int TrainingValidityDays { get; set; } = 365;
}
