using System.ComponentModel.DataAnnotations;

namespace Volunteer.Safety.Clearance;

/// <summary>Configuration section "Safety:Clearance".</summary>
public sealed class ClearanceOptions : IValidatableObject
{
    public const string SectionName = "Safety:Clearance";

    /// <summary>How long a training stays current, counted back from the activity's last day.</summary>
    [Range(1, 3660)]
    public int TrainingValidityDays { get; set; } = 365;

    /// <summary>
    /// The training kinds every confirmed participant needs; unset means what the program requires (business,
    /// conduct and safety). Left null by default because the configuration binder adds to a list, never replaces it.
    /// </summary>
    public List<string>? RequiredTrainingKinds { get; set; }

    public IReadOnlyList<string> RequiredKinds => RequiredTrainingKinds ?? [.. TrainingKinds.ProgramRequires];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        RequiredKinds.Where(kind => !TrainingKinds.ProgramRequires.Contains(kind))
            .Select(kind => new ValidationResult($"Unknown training kind '{kind}'.", [nameof(RequiredTrainingKinds)]));
}
