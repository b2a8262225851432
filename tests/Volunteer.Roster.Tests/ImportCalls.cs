using Grpc.Core;
using Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Tests;

/// <summary>One import call as a client makes it: every row streamed, then the answer.</summary>
internal static class ImportCalls
{
    /// <param name="rows">A null row is sent as a message without a row.</param>
    public static async Task<ImportStaffVolunteersResponse> ImportAsync(
        this RosterService.RosterServiceClient client, Metadata caller,
        IEnumerable<RegisterStaffVolunteerRequest?> rows)
    {
        using var call = client.ImportStaffVolunteers(caller);
        foreach (var row in rows)
        {
            await call.RequestStream.WriteAsync(new ImportStaffVolunteersRequest { Row = row });
        }

        await call.RequestStream.CompleteAsync();
        return await call;
    }
}
