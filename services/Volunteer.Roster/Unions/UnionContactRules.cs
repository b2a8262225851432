using Volunteer.Roster.Identity;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Unions;

/// <summary>A union's contact: an optional name and an optional phone that must be a real number.</summary>
public static class UnionContactRules
{
    public static void Check(Proto.UnionContact? contact, FieldViolations violations, string field = "contact")
    {
        if (contact is null)
        {
            return;
        }

        if (contact.Name.Trim().Length > UnionRules.ContactNameMaxLength)
        {
            violations.Add($"{field}.name", $"must be at most {UnionRules.ContactNameMaxLength} characters");
        }

        if (!string.IsNullOrWhiteSpace(contact.Phone))
        {
            foreach (var problem in PhoneNumber.Validate(contact.Phone).Problems)
            {
                violations.Add($"{field}.phone", problem.Description);
            }
        }
    }

    public static string? NormalizePhone(string? phone) =>
        string.IsNullOrWhiteSpace(phone) ? null : PhoneNumber.Validate(phone).Value?.Value;
}
