using Volunteer.Roster.Data;
using Volunteer.Roster.Records;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Grpc;

/// <summary>Reads training and award requests into checked values, naming every bad field at once.</summary>
public static class RecordValidation
{
    // The edge found the volunteer within the caller's reach, so the id is a valid one.
    public static NewTraining Training(Proto.RecordTrainingRequest request, DateOnly today)
    {
        var given = request.Training ?? new Proto.TrainingRecord();
        var violations = new FieldViolations();
        var requestId = RequestIds.Check(request.RequestId, violations);
        if (given.Kind == Proto.TrainingKind.Unspecified || !Enum.IsDefined((TrainingKind)given.Kind))
        {
            violations.Add("training.kind", "必填：业务、行为规范或安全培训");
        }

        FieldRules.RequireText(given.Name, 100, "training.name", violations);
        FieldRules.OptionalText(given.Content, 1000, "training.content", violations);
        if (given.Hours is <= 0 or > 200 || double.IsNaN(given.Hours))
        {
            violations.Add("training.hours", "须大于0且不超过200");
        }

        FieldRules.RequireText(given.Organiser, 100, "training.organiser", violations);
        var date = RecordRules.PastDate(given.Date, "training.date", today, violations);
        violations.ThrowIfAny();
        return new NewTraining(requestId, Guid.Parse(request.VolunteerId), (TrainingKind)given.Kind,
            given.Name.Trim(), FieldRules.Trimmed(given.Content), Math.Round((decimal)given.Hours, 1),
            given.Organiser.Trim(), date);
    }

    public static NewAward Award(Proto.RecordAwardRequest request, DateOnly today)
    {
        var given = request.Award ?? new Proto.Award();
        var violations = new FieldViolations();
        var requestId = RequestIds.Check(request.RequestId, violations);
        FieldRules.RequireText(given.Name, 100, "award.name", violations);
        FieldRules.RequireText(given.GrantingBody, 100, "award.granting_body", violations);
        var date = RecordRules.PastDate(given.Date, "award.date", today, violations);
        violations.ThrowIfAny();
        return new NewAward(requestId, Guid.Parse(request.VolunteerId), given.Name.Trim(), date,
            given.GrantingBody.Trim());
    }
}
