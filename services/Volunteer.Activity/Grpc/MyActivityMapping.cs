using Volunteer.Activity.Participants;
using Proto = Volunteer.Contracts.Activity.V1;

namespace Volunteer.Activity.Grpc;

internal static class MyActivityMapping
{
    public static Proto.ListMyActivitiesResponse ToProto(this MyActivitiesPage page) => new()
    {
        Activities = { page.Activities.Select(ToProto) },
        NextPageToken = page.NextPageToken,
        TotalCountedHours = (double)page.TotalCountedHours,
    };

    private static Proto.VolunteerActivity ToProto(MyActivity activity) => new()
    {
        ActivityId = activity.ActivityId.ToString(),
        Name = activity.Name,
        StartsOn = ActivityMapping.Day(activity.StartsOn),
        EndsOn = ActivityMapping.Day(activity.EndsOn),
        Status = (Proto.ActivityStatus)activity.Status,
        Participation = (Proto.ParticipantStatus)activity.Participation,
        CountedHours = (double)activity.CountedHours,
        PendingHours = (double)activity.PendingHours,
    };
}
