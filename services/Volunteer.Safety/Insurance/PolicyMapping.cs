using System.Globalization;
using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Proto = Volunteer.Contracts.Safety.V1;

namespace Volunteer.Safety.Insurance;

public static class PolicyMapping
{
    public static string ToText(this DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Proto.Policy ToProto(this Policy policy, int insuredCount) => new()
    {
        Id = policy.Id.ToString(),
        HolderUnionId = policy.HolderUnionId.ToString(),
        Insurer = policy.Insurer,
        PolicyNumber = policy.PolicyNumber,
        Product = policy.Product,
        Limits = new Proto.PolicyLimits
        {
            DeathDisability = Yuan(policy.DeathDisabilityLimit),
            Medical = Yuan(policy.MedicalLimit),
            MedicalDeductible = Yuan(policy.MedicalDeductible),
            ThirdPartyLiability = Yuan(policy.ThirdPartyLiabilityLimit),
        },
        CoversFrom = policy.CoversFrom.ToText(),
        CoversTo = policy.CoversTo.ToText(),
        Territory = policy.Territory,
        TravelCovered = policy.TravelCovered,
        RegisterTime = Timestamp.FromDateTimeOffset(policy.RegisteredAt),
        InsuredCount = insuredCount,
        Revision = policy.Revision,
    };

    public static Proto.PolicyRevision ToProto(this PolicyRevision revision) => new()
    {
        Revision = revision.Revision,
        Policy = (JsonSerializer.Deserialize<Policy>(revision.Terms)
            ?? throw new InvalidDataException($"Revision {revision.Revision} of policy {revision.PolicyId} is empty."))
            .ToProto(insuredCount: 0),
        ChangedFields = { revision.ChangedFields },
        ChangedBy = revision.ChangedBy,
        ChangeTime = Timestamp.FromDateTimeOffset(revision.ChangedAt),
    };

    public static Proto.InsuredPerson ToProto(this NamedInsuredPeriod named) =>
        named.Period.ToProto(named.VolunteerName);

    private static Proto.InsuredPerson ToProto(this InsuredPeriod insured, string? volunteerName) => new()
    {
        Id = insured.Id.ToString(),
        PolicyId = insured.PolicyId.ToString(),
        VolunteerId = insured.VolunteerId.ToString(),
        VolunteerName = volunteerName ?? "",
        From = insured.From.ToText(),
        To = insured.To.ToText(),
        ActivityId = insured.ActivityId?.ToString() ?? "",
        EnrolTime = Timestamp.FromDateTimeOffset(insured.EnrolledAt),
    };

    public static Proto.VolunteerCoverage ToProto(this VolunteerCover cover) => new()
    {
        VolunteerId = cover.VolunteerId.ToString(),
        Spans =
        {
            cover.Runs.Where(r => !r.IsGap).Select(r => new Proto.CoverSpan
            {
                Days = r.ToDayRange(),
                PolicyIds = { r.PolicyIds.Select(id => id.ToString()) },
                TravelCovered = r.TravelCovered,
            }),
        },
        Gaps = { cover.Runs.Where(r => r.IsGap).Select(r => r.ToDayRange()) },
    };

    public static Proto.DayRange ToDayRange(this CoverRun run) => new() { From = run.From.ToText(), To = run.To.ToText() };

    // Whole yuan without decimals, fen with two: "200000", "150.50".
    private static string Yuan(decimal amount) => amount.ToString(amount % 1 == 0 ? "0" : "0.00", CultureInfo.InvariantCulture);
}
