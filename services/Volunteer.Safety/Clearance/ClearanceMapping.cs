using Google.Protobuf.WellKnownTypes;
using Volunteer.Safety.Activities;
using Volunteer.Safety.Insurance;
using Proto = Volunteer.Contracts.Safety.V1;

namespace Volunteer.Safety.Clearance;

public static class ClearanceMapping
{
    private static readonly Dictionary<string, Proto.ClearanceReasonCode> Codes = new()
    {
        [ClearanceRules.NoResponsiblePerson] = Proto.ClearanceReasonCode.NoResponsiblePerson,
        [ClearanceRules.PlanNotApproved] = Proto.ClearanceReasonCode.PlanNotApproved,
        [ClearanceRules.Uninsured] = Proto.ClearanceReasonCode.Uninsured,
        [ClearanceRules.NoSafetyTraining] = Proto.ClearanceReasonCode.NoSafetyTraining,
        [ClearanceRules.NoBusinessTraining] = Proto.ClearanceReasonCode.NoBusinessTraining,
        [ClearanceRules.NoConductTraining] = Proto.ClearanceReasonCode.NoConductTraining,
    };

    public static Proto.ActivityClearance ToClearanceProto(this KnownActivity activity) => new()
    {
        ActivityId = activity.Id.ToString(),
        UnionId = activity.UnionId.ToString(),
        Cleared = activity.Cleared,
        Revision = activity.ClearanceRevision,
        Reasons =
        {
            ClearanceVerdict.Deserialize(activity.ClearanceReasons).Select(r => new Proto.ClearanceReason
            {
                Code = Codes[r.Code],
                VolunteerId = r.VolunteerId?.ToString() ?? "",
                Days = { r.Days.Select(d => d.ToText()) },
                Description = r.Description,
            }),
        },
        EvaluateTime = activity.EvaluatedAt is { } at ? Timestamp.FromDateTimeOffset(at) : null,
        Cancelled = activity.Cancelled,
    };
}
