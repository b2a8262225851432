using Volunteer.Activity.Sites;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Activity.V1;

namespace Volunteer.Activity.Grpc;

/// <summary>
/// Reads a need update: the masked values replace the stored ones, checked as RegisterNeed checks them.
/// </summary>
internal static class NeedEditValidation
{
    private static readonly Dictionary<string, Action<Proto.RegisterNeedRequest, Proto.NeedChanges>> Replace = new()
    {
        ["title"] = (need, changes) => need.Title = changes.Title,
        ["domain"] = (need, changes) => need.Domain = changes.Domain,
        ["skills"] = (need, changes) =>
        {
            need.Skills.Clear();
            need.Skills.Add(changes.Skills);
        },
        ["wished_from"] = (need, changes) => need.WishedFrom = changes.WishedFrom,
        ["wished_to"] = (need, changes) => need.WishedTo = changes.WishedTo,
        ["risk_statement"] = (need, changes) => need.RiskStatement = changes.RiskStatement,
    };

    public static ThingEdit<Need, NewNeed> Parse(Proto.UpdateNeedRequest request)
    {
        var violations = new FieldViolations();
        var id = violations.Id(request.Id, "id");
        var paths = UpdateMask.Paths(request.UpdateMask, Replace.Keys, violations);
        FieldRules.OptionalText(request.Etag, 20, "etag", violations);
        violations.ThrowIfAny();
        var changes = request.Need ?? new Proto.NeedChanges();
        return new ThingEdit<Need, NewNeed>(id!.Value, FieldRules.Trimmed(request.Etag), current =>
        {
            var merged = current.ToProto();
            var registration = new Proto.RegisterNeedRequest
            {
                SiteId = merged.SiteId, Title = merged.Title, Domain = merged.Domain, Skills = { merged.Skills },
                WishedFrom = merged.WishedFrom, WishedTo = merged.WishedTo, RiskStatement = merged.RiskStatement,
            };
            foreach (var path in paths)
            {
                Replace[path](registration, changes);
            }

            return UpdateMask.Within("need", () => NeedValidation.ParseNew(registration));
        });
    }
}
