using Volunteer.Safety.Insurance;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Safety.V1;

namespace Volunteer.Safety.Grpc;

/// <summary>
/// Reads a policy's terms from a request field by field, so that registering (every field) and updating
/// (the fields of the mask) hold each field to the same rule and name it the same way.
/// </summary>
public static class PolicyTermsReader
{
    /// <summary>Copies the valid values at <paramref name="paths"/> onto <paramref name="target"/>.</summary>
    public static void Read(Proto.Policy given, IReadOnlySet<string> paths, Policy target, FieldViolations violations)
    {
        target.Insurer = Text(paths, "insurer", given.Insurer, 100, violations) ?? target.Insurer;
        target.PolicyNumber = Text(paths, "policy_number", given.PolicyNumber, 60, violations) ?? target.PolicyNumber;
        target.Product = Text(paths, "product", given.Product, 100, violations) ?? target.Product;
        target.Territory = Text(paths, "territory", given.Territory, 100, violations) ?? target.Territory;
        if (paths.Contains("limits"))
        {
            var limits = given.Limits ?? new Proto.PolicyLimits();
            target.DeathDisabilityLimit = Amount(limits.DeathDisability, "death_disability", violations);
            target.MedicalLimit = Amount(limits.Medical, "medical", violations);
            target.MedicalDeductible = Amount(limits.MedicalDeductible, "medical_deductible", violations);
            target.ThirdPartyLiabilityLimit = Amount(limits.ThirdPartyLiability, "third_party_liability", violations);
        }

        target.CoversFrom = Day(paths, "covers_from", given.CoversFrom, violations) ?? target.CoversFrom;
        target.CoversTo = Day(paths, "covers_to", given.CoversTo, violations) ?? target.CoversTo;
        if (paths.Contains("travel_covered"))
        {
            target.TravelCovered = given.TravelCovered;
        }
    }

    private static string? Text(
        IReadOnlySet<string> paths, string path, string value, int maxLength, FieldViolations violations) =>
        paths.Contains(path) ? FieldRules.Text(value, maxLength, $"policy.{path}", violations) : null;

    private static DateOnly? Day(IReadOnlySet<string> paths, string path, string value, FieldViolations violations) =>
        paths.Contains(path) ? CoverDays.Read(value, $"policy.{path}", violations) : null;

    // The shared rule bounds amounts below a trillion yuan, within the column's precision.
    private static decimal Amount(string value, string item, FieldViolations violations) =>
        FieldRules.Decimal(value, $"policy.limits.{item}", violations, allowEmpty: true);
}
