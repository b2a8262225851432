using Volunteer.Activity.Participants;
using Proto = Volunteer.Contracts.Activity.V1;

namespace Volunteer.Activity.Grpc;

internal static class OpenActivityMapping
{
    public static Proto.OpenActivity ToProto(this OpenActivityEntry entry)
    {
        var activity = entry.Activity;
        return new Proto.OpenActivity
        {
            ActivityId = activity.Id.ToString(),
            Name = activity.Name,
            Form = (Proto.ActivityForm)activity.Form,
            Domain = (Proto.ServiceDomain)activity.Domain,
            Mode = (Proto.AssistanceMode)activity.Mode,
            StartsOn = ActivityMapping.Day(activity.StartsOn),
            EndsOn = ActivityMapping.Day(activity.EndsOn),
            DepartsOn = ActivityMapping.Day(activity.DepartsOn),
            ReturnsOn = ActivityMapping.Day(activity.ReturnsOn),
            Place = activity.Place,
            RegionCode = activity.RegionCode,
            UnionId = activity.UnionId.ToString(),
            UnionName = entry.UnionName ?? "",
            Content = activity.Content,
            RiskStatement = activity.RiskStatement,
            Status = (Proto.ActivityStatus)activity.Status,
            Interest = entry.Interest?.ToProto(),
            TeamMember = entry.TeamMember,
            Participation = (Proto.ParticipantStatus)(entry.Participation ?? 0),
        };
    }
}
