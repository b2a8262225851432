using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.ServiceDefaults.PersonalData;

/// <summary>The one rule every service reads a phone field with: each problem is a violation of the field.</summary>
public static class PhoneFields
{
    /// <summary>The number in canonical form; null when it is empty and not required, or has problems.</summary>
    public static PhoneNumber? Check(string? value, string field, FieldViolations violations, bool required)
    {
        if (string.IsNullOrWhiteSpace(value) && !required)
        {
            return null;
        }

        var outcome = PhoneNumber.Validate(value);
        foreach (var problem in outcome.Problems)
        {
            violations.Add(field, problem.Description);
        }

        return outcome.Value;
    }
}
