using Grpc.Core;
using Npgsql;
using Volunteer.Contracts.Roster.V1;

namespace Volunteer.Reads.Benchmarks;

/// <summary>
/// The baseline's one RPC: a volunteer by primary key from roster's own table, a few columns, no token,
/// no scope, no logs. It answers GetStaffVolunteer so the same request bytes go to both servers.
/// </summary>
internal sealed class MinimalVolunteerReads(NpgsqlDataSource database) : RosterService.RosterServiceBase
{
    public override async Task<GetStaffVolunteerResponse> GetStaffVolunteer(
        GetStaffVolunteerRequest request, ServerCallContext context)
    {
        await using var command = database.CreateCommand(
            "select id, union_id, name from staff_volunteers where id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = Guid.Parse(request.Id) });
        await using var reader = await command.ExecuteReaderAsync(context.CancellationToken);
        if (!await reader.ReadAsync(context.CancellationToken))
        {
            throw new RpcException(new Status(StatusCode.NotFound, "No such volunteer."));
        }

        return new GetStaffVolunteerResponse
        {
            Volunteer = new StaffVolunteer
            {
                Id = reader.GetGuid(0).ToString(), UnionId = reader.GetGuid(1).ToString(), Name = reader.GetString(2),
            },
        };
    }
}
