using Volunteer.Roster.Teams;
using Proto = Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Grpc;

internal static class ProgressMapping
{
    public static Proto.GetCampaignProgressResponse ToProto(this CampaignProgressReport report) => new()
    {
        Union = report.Union.ToProto(),
        Children = { report.Children.Select(child => child.ToProto()) },
    };

    private static Proto.UnionProgress ToProto(this UnionProgress progress) => new()
    {
        UnionId = progress.UnionId.ToString(),
        Name = progress.Name,
        TeamTarget = progress.TeamTarget,
        PeopleTarget = progress.PeopleTarget,
        ActiveTeams = progress.ActiveTeams,
        VettedPeople = progress.VettedPeople,
    };
}
