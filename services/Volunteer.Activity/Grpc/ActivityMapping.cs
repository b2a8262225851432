using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Volunteer.Activity.Activities;
using Volunteer.Activity.Participants;
using Proto = Volunteer.Contracts.Activity.V1;

namespace Volunteer.Activity.Grpc;

internal static class ActivityMapping
{
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Amount(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static Proto.Activity ToProto(this ServiceActivity activity, bool withParticipants = true) => new()
    {
        Id = activity.Id.ToString(),
        UnionId = activity.UnionId.ToString(),
        CampaignYear = activity.CampaignYear,
        Name = activity.Name,
        Form = (Proto.ActivityForm)activity.Form,
        Domain = (Proto.ServiceDomain)activity.Domain,
        Mode = (Proto.AssistanceMode)activity.Mode,
        SiteId = activity.SiteId?.ToString() ?? "",
        NeedId = activity.NeedId?.ToString() ?? "",
        TeamIds = { activity.TeamIds.Select(t => t.ToString()) },
        StartsOn = Day(activity.StartsOn),
        EndsOn = Day(activity.EndsOn),
        DepartsOn = Day(activity.DepartsOn),
        ReturnsOn = Day(activity.ReturnsOn),
        Place = activity.Place,
        RegionCode = activity.RegionCode,
        LeaderName = activity.LeaderName,
        Content = activity.Content,
        RiskStatement = activity.RiskStatement,
        Budget = new Proto.Budget
        {
            Amount = Amount(activity.BudgetAmount),
            Source = (Proto.FundingSource)activity.FundingSource,
            RecipientCost = "0",
        },
        OutsideWindowReason = activity.OutsideWindowReason ?? "",
        ModeExceptionReason = activity.ModeExceptionReason ?? "",
        MeetingDays = { activity.MeetingDays.Order().Select(Day) },
        Status = (Proto.ActivityStatus)activity.Status,
        Etag = activity.Version.ToString(CultureInfo.InvariantCulture),
        Clearance = activity.Clearance is { } clearance ? new Proto.Clearance
        {
            Cleared = clearance.Cleared,
            Reasons =
            {
                clearance.Reasons.Select(r => new Proto.ClearanceProblem
                {
                    Code = r.Code, VolunteerId = r.VolunteerId?.ToString() ?? "", Description = r.Description,
                }),
            },
            EvaluateTime = Timestamp.FromDateTimeOffset(clearance.EvaluatedAt),
            Revision = clearance.Revision,
        } : null,
        Participants = { withParticipants ? activity.Participants.OrderBy(p => p.VolunteerId).Select(p => p.ToProto()) : [] },
        Outcomes = activity.Outcomes?.ToProto(),
        RecordDueOn = Day(activity.RecordDueOn),
        CancelReason = activity.CancelReason ?? "",
        CreateTime = Timestamp.FromDateTimeOffset(activity.PlannedAt),
        StatusTime = Timestamp.FromDateTimeOffset(activity.StatusChangedAt),
    };

    public static Proto.Participant ToProto(this Participant participant) => new()
    {
        VolunteerId = participant.VolunteerId.ToString(),
        TeamId = participant.TeamId.ToString(),
        Status = (Proto.ParticipantStatus)participant.Status,
        Notice = participant.Notice ?? "",
        AnswerTime = participant.AnsweredAt is { } answered ? Timestamp.FromDateTimeOffset(answered) : null,
    };

    private static Proto.Outcomes ToProto(this ActivityOutcomes outcomes) => new()
    {
        Beneficiaries = { outcomes.Beneficiaries.Select(b => new Proto.Beneficiaries { Kind = (Proto.BeneficiaryKind)b.Kind, Count = b.Count }) },
        Donations =
        {
            outcomes.Donations.Select(d => new Proto.Donation
            {
                Item = d.Item, Quantity = Amount(d.Quantity), Unit = d.Unit, Value = Amount(d.Value), ReceivedBy = d.ReceivedBy,
            }),
        },
        Spending = { outcomes.Spending.Select(s => new Proto.Spending { Amount = Amount(s.Amount), Category = s.Category, Source = (Proto.FundingSource)s.Source }) },
        Summary = outcomes.Summary,
        Evaluation = outcomes.Evaluation,
    };
}
