using Google.Protobuf.WellKnownTypes;
using Volunteer.Roster.Teams;
using Proto = Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Grpc;

internal static class TeamMapping
{
    public static Proto.Team ToProto(this Team team, bool withMembers = true) => new()
    {
        Id = team.Id.ToString(),
        UnionId = team.UnionId.ToString(),
        Name = team.Name,
        Specialty = (Proto.TeamSpecialty)team.Specialty,
        Status = (Proto.TeamStatus)team.Status,
        CaptainVolunteerId = team.CurrentMembers.FirstOrDefault(m => m.Role == TeamRole.Captain)?.VolunteerId.ToString() ?? "",
        Members =
        {
            withMembers ? team.CurrentMembers.OrderBy(m => m.Id).Select(m => new Proto.TeamMember
            {
                VolunteerId = m.VolunteerId.ToString(),
                Name = m.VolunteerName,
                Role = (Proto.TeamRole)m.Role,
                JoinedOn = m.JoinedOn.ToString("yyyy-MM-dd"),
                LeftOn = m.LeftOn?.ToString("yyyy-MM-dd") ?? "",
            }) : [],
        },
        CreateTime = Timestamp.FromDateTimeOffset(team.CreatedAt),
        ActivateTime = team.ActivatedAt is { } activated ? Timestamp.FromDateTimeOffset(activated) : null,
    };
}
