using Volunteer.Roster.Data;
using Volunteer.ServiceDefaults.PersonalData;
using Volunteer.Roster.Unions;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Grpc;

/// <summary>Reads union requests into checked values, naming every bad field at once.</summary>
public static class UnionValidation
{
    private static readonly string[] Changeable = ["name", "contact", "targets"];

    public static NewUnion Create(Proto.CreateUnionRequest request)
    {
        var violations = new FieldViolations();
        var requestId = RequestIds.Check(request.RequestId, violations);
        var parentId = violations.Id(request.ParentId, "parent_id", required: false);
        UnionRules.CheckName(request.Name, violations);
        if (request.Kind == Proto.UnionKind.Unspecified || !Enum.IsDefined((UnionKind)request.Kind))
        {
            violations.Add("kind",
                "必填：省总工会、市教育工会、县（区）教育工会或直属基层工会之一");
        }

        if (!UnionRules.IsRegionCode(request.RegionCode))
        {
            violations.Add("region_code", FieldTexts.RegionCode);
        }

        var contact = Contact(request.Contact, violations, "contact");
        var targets = Targets(request.Targets, violations, "targets");
        FieldRules.OptionalText(request.SecondOfLevelReason, UnionRules.SecondOfLevelReasonMaxLength,
            "second_of_level_reason", violations);
        violations.ThrowIfAny();
        return new NewUnion(requestId, parentId, request.Name.Trim(), (UnionKind)request.Kind, request.RegionCode,
            contact, targets, FieldRules.Trimmed(request.SecondOfLevelReason));
    }

    public static UnionChanges Update(Proto.UpdateUnionRequest request)
    {
        var violations = new FieldViolations();
        var id = violations.Id(request.Union?.Id ?? "", "union.id");
        var paths = UpdateMasks.Paths(request.UpdateMask, Changeable, Changeable, violations);
        var changes = request.Union ?? new Proto.Union();
        if (paths.Contains("name"))
        {
            UnionRules.CheckName(changes.Name, violations, "union.name");
        }

        var contact = paths.Contains("contact") ? Contact(changes.Contact, violations, "union.contact") : null;
        var targets = paths.Contains("targets") ? Targets(changes.Targets, violations, "union.targets") : null;
        violations.ThrowIfAny();
        return new UnionChanges(id!.Value, paths.Contains("name") ? changes.Name.Trim() : null, contact, targets);
    }

    // An optional name and an optional phone that must be a real number.
    private static UnionContact Contact(Proto.UnionContact? contact, FieldViolations violations, string field)
    {
        if (contact is not null && contact.Name.Trim().Length > UnionRules.ContactNameMaxLength)
        {
            violations.Add($"{field}.name", FieldTexts.AtMostCharacters(UnionRules.ContactNameMaxLength));
        }

        if (string.IsNullOrWhiteSpace(contact?.Phone))
        {
            return new UnionContact(FieldRules.Trimmed(contact?.Name), null);
        }

        var phone = PhoneNumber.Validate(contact.Phone);
        foreach (var problem in phone.Problems)
        {
            violations.Add($"{field}.phone", problem.Description);
        }

        return new UnionContact(FieldRules.Trimmed(contact.Name), phone.Value?.Value);
    }

    private static UnionTargets Targets(Proto.UnionTargets? targets, FieldViolations violations, string field)
    {
        var checkedTargets = new UnionTargets(targets?.Teams ?? 0, targets?.People ?? 0);
        UnionRules.CheckTargets(checkedTargets.Teams, checkedTargets.People, violations, field);
        return checkedTargets;
    }
}
